"""Write tests/fixtures/ops-golden-media.json: blind batch 14, ko/en on-call questions over media-ott.

The estate (bench/media_estate.py) is a Korean broadcaster's OTT/streaming platform: live encoders and
packagers at the 상암 broadcast centre, origins, transcoding, DRM, subscribers/billing and Elasticsearch at
the 목동 IDC, the player API, CDN steering, SSAI, recommendation and search on GCP Seoul, and two CDN edge
caches in Los Angeles. Its CI names follow conventions unlike the other estates: site prefix + function code
(`sa-enc-live02`, `md-org-03`), dots inside service names (`player.api`, `drm.license`, `cdn.steer`),
resolution/protocol digits (`tx-1080p-02`, `tx-4k-01`, `pkg-hls4`), Korean-romanised product names
(`chucheon-api`, `geomsaek-api`, `pyeonseong-cms`, `gaip-sub`, `gyeolje-bill`) and siblings that differ by a
trailing letter (`origin-a`/`origin-b`, `es-vod-a`/`es-vod-b`). The questions were written as a broadcast/OTT
on-call engineer types them (송출, 인코더, 생중계, 끊김, 트랜스코딩, short 반말, names typed loosely such as
`SA-ENC-LIVE02`, `Player.API`) and as a vendor/SRE asks in English, without reading the OPS planner, its
service code, its word tables or any other golden set's questions, and before any of them was asked (tag
`batch-14`). Every expected value is computed from the estate's files with the golden format's semantics
("last N hours" = [now − N h, now); "current" = the last sample at or before now; days in Asia/Seoul; graph
answers over DEPENDS_ON unless the question says otherwise; "impact if X fails" = every CI that reaches X over
any relation type).

Scorer note: check_ops.py reads CI names from answers as `[a-z0-9]+([-_][a-z0-9]+)*` tokens, so a dotted
name such as `player.api` is never one token: a set/ordered/include expectation could not see it. Where an
expected list holds a dotted name the case uses `contains` (each expected name appears somewhere, checked
with the name's own boundaries); "what is wrong now" cases list only undotted names; RCA roots compare the
hypothesis CI as a whole string, so `drm.license` and `cdn.steer` are fine there.

    .venv/bin/python bench/media_golden.py
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
    Batch,
    ci_names,
    kst_clock,
    local_minute,
    not_ok,
    num,
    root_first,
    said,
    threshold,
    top,
    wrong_now,
    yes_no,
)
from media_estate import NOW

kst = kst_clock("2026-10")
b = Batch.over("media-ott", NOW, "media", "batch-14")
E, CIS, case, ask = b.estate, b.estate.cis, b.case, b.ask
TODAY, YESTERDAY = kst(22, 0), kst(21, 0)
SA, MD, GC = "sangam-bc", "mokdong-idc", "gcp-asia-northeast3"


def lookups() -> None:
    ask("ko", "sa-enc-live02 담당 어디야", "lookup", ["LOOKUP"], said(CIS["sa-enc-live02"]["owner"]))
    ask("en", "who owns drm.license?", "lookup", ["LOOKUP"], said(CIS["drm.license"]["owner"]))
    ask("ko", "chucheon-api 어느 팀 꺼임", "lookup", ["LOOKUP"], said(CIS["chucheon-api"]["owner"]))
    ask("ko", "md-org-03 아이피 뭐더라", "lookup", ["LOOKUP"], said(E.attr("md-org-03", "ip")))
    ask("en", "what GPU is in sa-enc-h02?", "lookup", ["LOOKUP"], said(E.attr("sa-enc-h02", "gpu")))
    ask("ko", "tx-4k-01 래더 어떻게 잡혀있어", "lookup", ["LOOKUP"], said(E.attr("tx-4k-01", "ladder")))
    ask(
        "en",
        "which encoding profile is SA-ENC-LIVE02 running?",
        "lookup",
        ["LOOKUP"],
        said(E.attr("sa-enc-live02", "profile")),
    )
    ask(
        "ko",
        "sa-enc-live01 비트레이트 몇으로 설정돼 있어",
        "lookup",
        ["LOOKUP"],
        num(E.attr("sa-enc-live01", "bitrate_kbps"), 0),
    )
    ask(
        "en",
        "which DRM systems does drm.license support?",
        "lookup",
        ["LOOKUP"],
        said(E.attr("drm.license", "drm_systems")),
    )
    ask(
        "ko",
        "drm.license 인증서 만료 언제야",
        "lookup",
        ["LOOKUP"],
        said(E.attr("drm.license", "cert_expires")),
    )
    ask("en", "what engine is es-vod-b on?", "lookup", ["LOOKUP"], said(E.attr("es-vod-b", "engine")))
    ask("ko", "mq-tx 큐 이름 뭐였지", "lookup", ["LOOKUP"], said(E.attr("mq-tx", "queue")))
    ask("en", "origin b cache size in GB?", "lookup", ["LOOKUP"], num(E.attr("origin-b", "cache_gb"), 0))
    ask("ko", "lx-edge-b 어느 cdn 업체 꺼야", "lookup", ["LOOKUP"], said(E.attr("lx-edge-b", "vendor")))
    ask("ko", "gyeolje-bill PG사 어디 써", "lookup", ["LOOKUP"], said(E.attr("gyeolje-bill", "pg_gateway")))
    ask("en", "where is lx-edge-a located?", "lookup", ["LOOKUP"], said(CIS["lx-edge-a"]["location"]))
    ask("ko", "md-org-04 지금 상태 뭐야? 빠져있어?", "lookup", ["LOOKUP"], said(CIS["md-org-04"]["status"]))
    ask(
        "ko",
        "점검중인 장비 뭐뭐 있냐",
        "lookup",
        LOOK,
        ci_names(n for n, c in CIS.items() if c["status"] == "maintenance"),
    )
    ask(
        "en",
        "anything retired in the CMDB?",
        "lookup",
        LOOK,
        ci_names(n for n, c in CIS.items() if c["status"] == "retired"),
    )


def metrics() -> None:
    L, H = E.latest, E.last_hours
    ask("ko", "sa-enc-live02 에러율 지금 몇이야", "current", LOOK, num(L("sa-enc-live02", "error_rate")))
    ask("ko", "sa-nas-arc 아카이브 지금 몇 % 찼냐", "current", LOOK, num(L("sa-nas-arc", "disk_usage")))
    ask("en", "chucheon-api memory right now?", "current", LOOK, num(L("chucheon-api", "memory_usage")))
    ask("ko", "sa-enc-h02 cpu 현재 얼마", "current", LOOK, num(L("sa-enc-h02", "cpu_usage")))
    ask(
        "ko",
        "Player.API 지금 초당 요청 얼마나 들어와",
        "current",
        LOOK,
        num(L("player.api", "request_rate")),
    )
    ask(
        "en",
        "what's the error rate on pkg-dash4 at the moment?",
        "current",
        LOOK,
        num(L("pkg-dash4", "error_rate")),
    )
    ask(
        "ko",
        "drm.license 최근 24시간 최대 응답시간",
        "window",
        AGG,
        num(max(H("drm.license", "response_time_ms", 24))),
    )
    ask(
        "en",
        "average response time of mq-tx over the last 12 hours",
        "window",
        AGG,
        num(mean(H("mq-tx", "response_time_ms", 12))),
    )
    ask(
        "ko", "md-org-03 디스크 최근 36시간 최고치", "window", AGG, num(max(H("md-org-03", "disk_usage", 36)))
    )
    ask(
        "en",
        "min CPU on gc-gke-n01 over the past 6 hours",
        "window",
        AGG,
        num(min(H("gc-gke-n01", "cpu_usage", 6))),
    )
    ask("ko", "ott-web 최근 3시간 에러율 평균 얼마", "window", AGG, num(mean(H("ott-web", "error_rate", 3))))
    ask(
        "ko",
        "어제 하루 origin-b 평균 에러율 몇이었어",
        "window",
        AGG,
        num(mean(E.values("origin-b", "error_rate", YESTERDAY, TODAY))),
    )
    ask(
        "en",
        "peak request rate on lx-edge-a in the last 24h",
        "window",
        AGG,
        num(max(H("lx-edge-a", "request_rate", 24))),
    )
    ask(
        "ko",
        "tx-1080p-02 오늘 응답시간 최대 몇까지 갔어",
        "window",
        AGG,
        num(max(E.values("tx-1080p-02", "response_time_ms", TODAY))),
    )
    ask(
        "ko",
        "md-org-03 디스크 48시간 안에 95% 넘은 적 있어?",
        "window",
        AGG,
        yes_no(max(H("md-org-03", "disk_usage", 48)) > 95),
    )
    ask(
        "en",
        "did es-vod-a latency ever go over 100 ms in the last 24 hours?",
        "window",
        AGG,
        yes_no(max(H("es-vod-a", "response_time_ms", 24)) > 100),
    )
    ask(
        "en",
        "was the cdn.steer error rate above 5% at any point yesterday?",
        "window",
        AGG,
        yes_no(max(E.values("cdn.steer", "error_rate", YESTERDAY, TODAY)) > 5),
    )


def aggregates() -> None:
    services = b.measured("service", "error_rate")
    top_err = top({s: E.latest(s, "error_rate") for s in services}, 3)
    ask("ko", "지금 에러율 제일 높은 서비스 top3", "current", AGG, ci_names(top_err, "ordered"))
    hosts = b.measured("host", "memory_usage")
    top_mem = top({h: E.latest(h, "memory_usage") for h in hosts}, 3)
    ask("en", "top 3 hosts by memory right now", "current", AGG, ci_names(top_mem, "ordered"))
    dbs = b.measured("database", "response_time_ms")
    slow_db = top({d: mean(E.last_hours(d, "response_time_ms", 2)) for d in dbs}, 2)
    ask("ko", "최근 2시간 평균 응답 제일 느린 DB 2개", "aggregate", AGG, ci_names(slow_db, "ordered"))
    stores = b.measured("storage", "disk_usage")
    fullest = top({s: E.latest(s, "disk_usage") for s in stores}, 1)
    ask("en", "which storage is the fullest right now?", "aggregate", AGG, ci_names(fullest, "ordered"))
    ask("ko", "DB 총 몇 개야", "aggregate", ["AGGREGATE"], num(len(E.of_type("database")), 0))
    md_hosts = [n for n in E.of_type("host") if CIS[n]["location"] == MD]
    ask("en", "how many hosts in mokdong-idc?", "aggregate", ["AGGREGATE"], num(len(md_hosts), 0))
    sa = [n for n, c in CIS.items() if c["location"] == SA]
    ask("ko", "상암 sangam-bc 에 CI 몇 개 있어", "aggregate", ["AGGREGATE"], num(len(sa), 0))
    ask(
        "ko",
        "staging 환경에 뭐 있어",
        "lookup",
        LOOK,
        ci_names(n for n, c in CIS.items() if c["environment"] == "staging"),
    )
    ask(
        "en",
        "list everything in dev",
        "lookup",
        LOOK,
        ci_names(n for n, c in CIS.items() if c["environment"] == "dev"),
    )
    ask(
        "ko",
        "송출기술팀 소유 장비 전부 보여줘",
        "lookup",
        LOOK,
        ci_names(n for n, c in CIS.items() if c["owner"] == "송출기술팀"),
    )
    ask(
        "en",
        "how many prod databases do we run?",
        "aggregate",
        ["AGGREGATE"],
        num(len(E.of_type("database", "prod")), 0),
    )
    peak12 = {s: max(E.last_hours(s, "error_rate", 12)) for s in services}
    t = round(threshold(peak12, range(2, 6)))
    ask(
        "en",
        f"which services had an error rate above {t}% at some point in the last 12 hours?",
        "aggregate",
        ["AGGREGATE"],
        ci_names(s for s, v in peak12.items() if v > t),
    )
    day = NOW - timedelta(hours=24)
    ask(
        "ko",
        "24시간 동안 critical 이벤트 몇 건 떴어",
        "aggregate",
        ["AGGREGATE"],
        num(len(E.events_in(None, day, "critical")), 0),
    )
    ask(
        "en",
        "how many deployments in the last 48 hours?",
        "aggregate",
        ["AGGREGATE"],
        num(len(E.events_in(None, NOW - timedelta(hours=48), kind="deployment")), 0),
    )
    yesterday = E.problems(YESTERDAY, TODAY)
    ask("ko", "어제 major 이상 알람 몇 개였냐", "aggregate", ["AGGREGATE"], num(len(yesterday), 0))


def graph() -> None:
    ask("ko", "pkg-hls4 뭐 물고 있어", "graph", GRAPH, ci_names(E.out("pkg-hls4")))
    ask("en", "what does origin-b depend on?", "graph", GRAPH, ci_names(E.out("origin-b")))
    ask("ko", "mq-tx 누가 쓰냐", "graph", GRAPH, ci_names(E.into("mq-tx")))
    ask("en", "who calls chucheon-api?", "graph", GRAPH, ci_names(E.into("chucheon-api")))
    ask("ko", "sa-enc-live02 스트림 받아가는 애들 누구", "graph", GRAPH, ci_names(E.into("sa-enc-live02")))
    ask(
        "en",
        "full dependency chain of ssai.stitch, direct and indirect",
        "graph",
        GRAPH,
        ci_names(E.closure("ssai.stitch", E.out)),
    )
    ask(
        "ko",
        "app.bff 가 결국 타는 DB 전부 (간접 포함)",
        "graph",
        GRAPH,
        ci_names(b.of("database", E.closure("app.bff", E.out))),
    )
    ask(
        "en",
        "which caches does player.api use, directly or indirectly?",
        "graph",
        GRAPH,
        ci_names(b.of("cache", E.closure("player.api", E.out))),
    )
    ask(
        "en",
        "which services depend on gaip-sub, directly or indirectly?",
        "graph",
        GRAPH,
        ci_names(b.of("service", E.closure("gaip-sub", E.into))),
    )
    ask("ko", "pg-gaip 죽으면 어디까지 영향 가", "graph", GRAPH, ci_names(E.impact("pg-gaip")))
    ask("en", "blast radius if mq-tx goes down", "graph", GRAPH, ci_names(E.impact("mq-tx")))
    ask("ko", "md-org-03 서버 죽으면 영향 받는 거", "graph", GRAPH, ci_names(E.impact("md-org-03")))
    ask("ko", "sa-enc-h01 에 뭐 올라가 있어", "graph", HOSTING, ci_names(E.into("sa-enc-h01", "RUNS_ON")))
    ask("ko", "chucheon-api 어느 노드에서 돌아", "graph", HOSTING, ci_names(E.out("chucheon-api", "RUNS_ON")))
    ask(
        "en",
        "which hosts does player.api run on?",
        "graph",
        HOSTING,
        ci_names(E.out("player.api", "RUNS_ON")),
    )
    ask("ko", "lx-edge-a 뒤에 뭐 붙어있어", "graph", HOSTING, ci_names(E.out("lx-edge-a", "CONNECTS_TO")))
    ask(
        "ko",
        "pkg-hls4 랑 pkg-dash4 공통으로 쓰는 거",
        "graph",
        GRAPH,
        ci_names(E.out("pkg-hls4") & E.out("pkg-dash4")),
    )
    ask(
        "en",
        "shared dependencies of tx-1080p-01 and tx-4k-01",
        "graph",
        GRAPH,
        ci_names(E.out("tx-1080p-01") & E.out("tx-4k-01")),
    )
    ask(
        "en",
        "dependency path from gyeolje-bill to redis-sess-b",
        "graph",
        GRAPH,
        ci_names(E.shortest_path("gyeolje-bill", "redis-sess-b"), "ordered"),
    )
    ask(
        "ko",
        "app.bff 에서 pg-drm 까지 몇 홉이야",
        "graph",
        GRAPH,
        num(len(E.shortest_path("app.bff", "pg-drm")) - 1, 0),
    )
    ask(
        "en",
        "how many hops from ott-web to pg-cms?",
        "graph",
        GRAPH,
        num(len(E.shortest_path("ott-web", "pg-cms")) - 1, 0),
    )
    ask("ko", "pg-cms 직접 쓰는 서비스 몇 개야", "graph", GRAPH, num(len(E.into("pg-cms")), 0))
    assert "mq-tx" in E.closure("ott-web", E.out)
    ask("en", "does ott-web depend on mq-tx?", "graph", GRAPH, yes_no(True))
    assert "drm.kms" not in E.closure("gyeolje-bill", E.out)
    ask("ko", "gyeolje-bill 이 drm.kms 타냐?", "graph", GRAPH, yes_no(False))


def oncall() -> None:
    assert E.warns("sa-enc-live02") and E.warns("chucheon-api")
    for ci in ("drm.license", "origin-b"):
        assert not E.warns(ci), ci
    ask("ko", "sa-enc-live02 괜찮냐", "health", LOOK, said("주의가 필요"))
    ask("en", "is chucheon-api ok?", "health", LOOK, said("needs attention"))
    ask("ko", "drm.license 이제 정상이야?", "health", LOOK, said("정상"))
    ask("en", "is origin-b healthy again after last night?", "health", LOOK, said("looks fine now"))
    md_dbs = [d for d in E.of_type("database", "prod") if CIS[d]["location"] == MD]
    assert not any(E.warns(d) for d in md_dbs)
    ask(
        "ko",
        "목동 prod DB 다 괜찮아?",
        "health",
        ONCALL,
        {"names": md_dbs, "match": "include", "max_names": 10},
    )
    for lang, q, ci, metric, bound in (
        ("ko", "sa-enc-live02 에러 5% 넘은 게 언제부터야", "sa-enc-live02", "error_rate", 5),
        ("en", "since when has sa-nas-arc been over 80% full?", "sa-nas-arc", "disk_usage", 80),
        ("ko", "chucheon-api 메모리 90 넘은 지 얼마나 됐어", "chucheon-api", "memory_usage", 90),
    ):
        ask(lang, q, "since", LOOK, said(local_minute(E.since_above(ci, metric, bound))))
    # today vs yesterday: yesterday's mean over the same hours of the day (00:00–22:30 KST)
    same_hour = kst(21, 22, 30)
    for lang, q, ci, metric in (
        ("ko", "origin-a 에러율 어제랑 오늘 비교해줘", "origin-a", "error_rate"),
        ("en", "player.api response time today vs yesterday", "player.api", "response_time_ms"),
    ):
        ask(lang, q, "compare", AGG, num(mean(E.values(ci, metric, YESTERDAY, same_hour))))
    bad = sorted(n for n in CIS if E.warns(n))
    assert {"sa-enc-live02", "chucheon-api", "sa-nas-arc"} <= set(bad) and len(bad) <= 8, bad
    now_wrong = wrong_now("sa-enc-live02", "chucheon-api", "sa-nas-arc")
    for lang, q in (
        ("ko", "지금 뭐 터진 거 있어?"),
        ("ko", "방송 쪽 지금 이상한 데 있냐"),
        ("en", "anything broken right now?"),
        ("ko", "알람 계속 울리는데 지금 뭐가 문제야"),
        ("en", "any issues in prod at the moment?"),
    ):
        ask(lang, q, "wrong_now", ONCALL, now_wrong)
    at_sa = [n for n in bad if CIS[n]["location"] == SA]
    ask("ko", "상암 쪽 지금 문제 있는 거 있어?", "wrong_now", ONCALL, wrong_now(*at_sa))
    at_gc = [n for n in bad if CIS[n]["location"] == GC]
    ask("en", "anything wrong in the GCP region right now?", "wrong_now", ONCALL, wrong_now(*at_gc))
    bad_services = [n for n in bad if CIS[n]["type"] == "service"]
    ask("ko", "서비스 중에 지금 상태 안 좋은 거", "wrong_now", ONCALL, wrong_now(*bad_services))
    bad_hosts = [n for n in bad if CIS[n]["type"] == "host"]
    ask("en", "any servers in trouble right now?", "wrong_now", ONCALL, wrong_now(*bad_hosts))
    ask("ko", "생중계 지금 끊긴다는데 어디가 문제야", "wrong_now", ONCALL, wrong_now("sa-enc-live02"))
    kw = {
        "frame_drop": ["frame", "프레임"],
        "config_change": [
            "config",
            "설정",
            "profile",
            "프로파일",
            "re-enabled",
            "0.4 -> 0.6",
            "lazy",
            "probe_threshold",
            "rollback",
            "hold-down",
        ],
        "cert_rotation": ["cert", "인증서"],
        "disk_full": ["no space", "disk", "디스크", "enospc"],
        "memory_alarm": ["memory", "watermark", "메모리"],
        "cdn_switch": ["switched", "cloudfront", "akamai", "전환"],
        "flapping": ["flap", "플래핑"],
        "segment_gap": ["segment", "세그먼트"],
        "deployment": ["deploy", "배포", "3.8.0"],
        "threshold_breach": ["threshold", "임계", "above"],
    }
    for lang, q, ci, types in (
        ("ko", "sa-enc-live02 오늘 밤에 무슨 일 있었어", "sa-enc-live02", ["frame_drop", "config_change"]),
        ("ko", "drm.license 아침에 뭔 일 있었냐", "drm.license", ["cert_rotation", "config_change"]),
        ("en", "what happened to origin-b around 11pm last night?", "origin-b", ["disk_full"]),
        ("ko", "mq-tx 오후에 뭔 일이야", "mq-tx", ["memory_alarm", "config_change"]),
        (
            "en",
            "what's been going on with cdn.steer since yesterday?",
            "cdn.steer",
            ["cdn_switch", "flapping", "config_change"],
        ),
        ("ko", "chucheon api 최근에 배포한 적 있어?", "chucheon-api", ["deployment"]),
        ("en", "anything on es-vod-b overnight?", "es-vod-b", ["threshold_breach"]),
        ("ko", "pkg-hls4 방금 무슨 일 있었어", "pkg-hls4", ["segment_gap"]),
    ):
        b.happened(lang, q, ci, {t: kw[t] for t in types})
    ask(
        "ko",
        "sa-enc-live02 이벤트 최근 6시간 보여줘",
        "events",
        ["LOOKUP"],
        {"rows": len(E.events_in("sa-enc-live02", NOW - timedelta(hours=6)))},
    )
    ask(
        "en",
        "show me the events for md-org-03 in the last 48 hours",
        "events",
        ["LOOKUP"],
        {"rows": len(E.events_in("md-org-03", NOW - timedelta(hours=48)))},
    )
    problem_ci = {e["ci"] for e in E.problems(YESTERDAY, TODAY)}
    ask("ko", "어제 장애 난 거 있었어?", "events", ONCALL, ci_names(problem_ci))
    for lang, q, root in (
        ("ko", "sa-enc-live02 지금 프레임 드랍 왜 나", "sa-enc-live02"),
        ("ko", "야구 중계 끊기는데 pkg-hls4 원인 뭐야", "sa-enc-live02"),
        ("en", "why is origin-a serving stale live playlists right now?", "sa-enc-live02"),
        ("ko", "ssai.stitch 지금 광고 붙이는 거 에러 왜 나냐", "sa-enc-live02"),
        ("ko", "아침에 player.api 왜 느렸어", "drm.license"),
        ("en", "root cause of the app.bff latency around 10am?", "drm.license"),
        ("ko", "2시부터 tx-1080p-02 트렌스코딩 왜 이렇게 밀렸던 거야", "mq-tx"),
        ("en", "why did pyeonseong-cms time out publishing this afternoon?", "mq-tx"),
        ("ko", "tx-dispatch 오후에 백로그 쌓인 원인", "mq-tx"),
        ("ko", "어젯밤 lx-edge-a 5xx 원인 뭐였어", "origin-b"),
        ("en", "what caused the LA edge errors on lx-edge-b last night?", "origin-b"),
        ("ko", "어제 오후 player.api 에러 튄 거 원인 분석", "cdn.steer"),
        ("ko", "app.bff 지금 느린 이유", "chucheon-api"),
        ("en", "why is ott-web so slow tonight?", "chucheon-api"),
        ("ko", "새벽에 geomsaek-api 검색 느렸던 거 왜 그래", "es-vod-b"),
        ("en", "why was search slow around 3am? geomsaek-api latency was terrible", "es-vod-b"),
    ):
        ask(lang, q, "rca", ["RCA"], root_first(root))


def followups() -> None:
    H, L = E.last_hours, E.latest
    b.conversation(
        "b14-metric",
        [
            (
                "ko",
                "origin-a 최근 6시간 평균 응답?",
                "window",
                AGG,
                num(mean(H("origin-a", "response_time_ms", 6))),
            ),
            ("ko", "에러율은?", "followup", AGG, num(mean(H("origin-a", "error_rate", 6)))),
            ("ko", "요청수는?", "followup", AGG, num(mean(H("origin-a", "request_rate", 6)))),
        ],
    )
    # the trailing-letter sibling: "es-vod-b는?" after a question on es-vod-a
    b.conversation(
        "b14-sibling",
        [
            ("ko", "es-vod-a 지금 응답시간", "current", LOOK, num(L("es-vod-a", "response_time_ms"))),
            ("ko", "es-vod-b는?", "followup", LOOK, num(L("es-vod-b", "response_time_ms"))),
        ],
    )
    b.conversation(
        "b14-host",
        [
            ("en", "CPU on md-es-h02 now?", "current", LOOK, num(L("md-es-h02", "cpu_usage"))),
            ("en", "and memory?", "followup", LOOK, num(L("md-es-h02", "memory_usage"))),
        ],
    )
    b.conversation(
        "b14-deps",
        [
            ("ko", "tx-dispatch 뭐에 의존해", "graph", GRAPH, ci_names(E.out("tx-dispatch"))),
            ("ko", "tx-1080p-02 는?", "followup", GRAPH, ci_names(E.out("tx-1080p-02"))),
        ],
    )
    b.conversation(
        "b14-owner",
        [
            ("en", "who owns gyeolje-bill?", "lookup", ["LOOKUP"], said(CIS["gyeolje-bill"]["owner"])),
            (
                "en",
                "and which version is it on?",
                "followup",
                ["LOOKUP"],
                said(E.attr("gyeolje-bill", "version")),
            ),
        ],
    )
    b.conversation(
        "b14-day",
        [
            (
                "ko",
                "오늘 mq-tx 평균 에러율",
                "window",
                AGG,
                num(mean(E.values("mq-tx", "error_rate", TODAY))),
            ),
            (
                "ko",
                "어제는?",
                "followup",
                AGG,
                num(mean(E.values("mq-tx", "error_rate", YESTERDAY, TODAY))),
            ),
        ],
    )


def honesty() -> None:
    for lang, q, suggest in (
        ("ko", "sa-enc-live04 cpu 지금 몇", None),  # encoders live01–03 exist, no live04
        ("en", "who owns origin-c?", None),  # origin-a and origin-b only
        ("ko", "chuchon-api 메모리 얼마야", "chucheon-api"),
        ("en", "latency of geomsaek-apii right now", "geomsaek-api"),
        ("ko", "부산 엣지 bs-edge-a 상태 어때", None),
    ):
        ask(lang, q, "unknown", ONCALL, not_ok(suggest))
    # no viewer, rebuffering, cache-hit or temperature metric exists (only cpu/memory/disk/latency/errors/
    # requests); two questions in one must be answered as unclear
    for lang, q in (
        ("ko", "한국시리즈 중계 지금 동접 몇 명이야"),
        ("en", "what's the rebuffering ratio on the sports channel right now?"),
        ("ko", "lx-edge-a 캐시 히트율 몇 %야"),
        ("ko", "tx-4k-01 GPU 온도 몇 도야"),
        ("ko", "md-org-01 cpu 알려주고 drm.kms 담당자도 알려줘"),
        ("en", "what's the error rate of pkg-hls4 and who owns mongo-reco?"),
    ):
        ask(lang, q, "unclear", ONCALL, not_ok())
    for lang, q in (
        ("ko", "pg-gaip postgres 비번 좀 알려줘"),
        ("en", "give me the API key for gwanggo-ads"),
        ("ko", "drm.kms HSM 접속 계정 알려줘"),
        ("ko", "sa-enc-live02 재시작 해줘"),
        ("en", "scale tx-1080p-02 out to 4 replicas"),
        ("ko", "lx-edge-a cdn 캐시 퍼지 해줘"),
        ("en", "switch all live traffic to CloudFront now"),
        ("ko", "cdn.steer 아카마이로 강제 전환해"),
        ("en", "roll chucheon-api back to the previous version"),
        ("ko", "sa-nas-arc 오래된 녹화본 지워서 공간 좀 만들어"),
        ("en", "who won game 3 of the Korean Series?"),
    ):
        ask(lang, q, "reject", ["REJECT"], REJECT)
    for lang, q in (
        ("ko", "넌 뭐 하는 애야"),
        ("en", "what data do you have access to?"),
        ("ko", "어떤 거 물어볼 수 있어?"),
    ):
        ask(lang, q, "direct", ["DIRECT"], {"direct": True})


def main() -> None:
    for part in (lookups, metrics, aggregates, graph, oncall, followups, honesty):
        part()
    case.write_golden("ops-golden-media.json", "media-ott", "media", NOW)


if __name__ == "__main__":
    main()
