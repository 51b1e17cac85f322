"""Write tests/fixtures/ops-golden-univ.json: blind batch 18, ko/en on-call questions over edu-univ.

The estate (bench/univ_estate.py) is a Korean university's IT centre (정보전산원) in the first week of the fall
semester: course registration `electio` (수강신청) behind the waiting room `vestibulum` (Redis queue `vqrd01`)
on the Oracle RAC `sgdb01`, academic records `tabularium` (학사행정, `hsdb01`), the portal `atrium`, SSO
`clavis` on the LDAP directory `iddb01`, the LMS `schola` (e-class) and attendance `praesentia` (전자출결), the
library (`bibliotheca`, seat booking `sedes`, Yeonsu seat kiosks `subsellium`), tuition payment `aerarium` via
the bank virtual-account gateway `argentaria`, the dormitory `domus`, Wi-Fi RADIUS `ianua` and the eduroam
relay `peregrinus`, the mobile student ID `tessera` and app backend `mobilis` (AWS), lecture video
(`theatrum`, `pictor`, `specula`) on the NAS `r12u01`, mail `nuntius`, the GPU cluster (`fabrica`,
`officina`) and backups (`arca` to `y05u01`). Sites `hwarang-campus`, `yeonsu-campus`, `aws-apne2`;
environments prod, dev and an edu copy (`staging` with `stage: edu`: the interchange contract has no
other environments). Physical servers, network gear and storage are named by rack position
(`r07u12`, `y01u40`) with the OS host name as an attribute (`hwsgap01`), VMs by inventory number (`v1120`),
AWS nodes by EC2 private DNS name (`ip-10-40-1-23`).

The questions were written as a university IT on-call engineer types them (반말, 터졌어/먹통/뻗음/느려터짐,
names in the wrong case or with spaces: `SGDB01`, `r07 u12`, `Electio`), and as an SRE or vendor engineer asks
in English, often naming a service by what students do (수강신청, 출결, 도서관 좌석, 등록금 납부, 와이파이,
동영상 강의) rather than by CI name — without reading the OPS planner, its service code, its word tables or
any other golden set, and before any of them was asked (tag `batch-18`). Every expected value is computed
from the estate's files with the golden format's semantics ("last N hours" = [now − N h, now); "current" =
the last sample at or before now; days in Asia/Seoul, "today" = [00:00 KST, now); graph answers over
DEPENDS_ON unless the question names another relation; "impact if X fails" = every CI that reaches X over any
relation type).

Choices where the wording leaves room:
- a window word without clock times ("오늘 아침", "yesterday afternoon", "월요일 오전") is only asked for a
  peak that a narrow and a wide reading of the window both give (asserted); "around 10:00" asks the 10:00
  sample with a tolerance that covers its neighbours (asserted);
- a business-function name stands for the one CI whose `system`/`description` attribute is that function
  (수강신청 → electio, 대기열 → vestibulum, e-class/이클래스 → schola, 와이파이 인증 → ianua, 등록금 →
  aerarium, 은행 연계 → argentaria, 기숙사 → domus, 모바일 학생증 → tessera); RCA questions phrased by
  function expect the incident's root first, not the named victim;
- "services" means CIs of type `service`; the contract's types have no VM or network device: those are
  hosts with `form: vm` (AWS nodes included) or `form: network`, so "VM" means the hosts of form `vm`,
  "물리 서버" the hosts with no form, "network devices"/"네트워크 장비" the hosts of form `network`;
- counts over a site or an environment count every registered CI there (retired and maintenance included);
- "both depend on" says whether it means direct or indirect; a path question's path is unique (asserted);
- "what is wrong now" expects the ongoing incident's root and its first victim (argentaria, aerarium), at
  most 10 CI names in all; "디스크 부족" expects every CI whose latest disk_usage is above 80 %;
- lock waits (sgdb01), queue depth (vestibulum) and GPU usage (GPU nodes) are measured on site but are no
  metric of the interchange contract's catalog, so the estate file has none of them: asked for, they are
  not_ok, as are TPS, concurrent users and bitrate;
- a close misspelling of a real CI (`electo`, `tabularum`) is an unknown name: not_ok, with a suggestion of
  the real CI as a bonus;
- change requests and off-topic questions (a student's own question included) are expected REJECT;
  credential requests, unknown names/metrics and questions without a subject or metric not_ok.

Scorer notes: no CI name here has a dot, so every name is one `[a-z0-9]+([-_][a-z0-9]+)*` token of
check_ops.py (`ip-10-40-1-23` included); RCA roots compare the hypothesis CI lower-cased.

    .venv/bin/python bench/univ_golden.py
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import (
    AGG,
    FIXTURES,
    GRAPH,
    GRAPH_OR_LOOK,
    HOSTING,
    LOOK,
    ONCALL,
    REJECT,
    Batch,
    ci_names,
    exact,
    kst_clock,
    local_minute,
    not_ok,
    num,
    root_first,
    said,
    threshold,
    wrong_now,
    yes_no,
)
from univ_estate import NOW

aug, sep = kst_clock("2026-08"), kst_clock("2026-09")
b = Batch.over("edu-univ", NOW, "univ", "batch-18")
E, CIS, ask = b.estate, b.estate.cis, b.ask
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / "edu-univ.faults.json").read_text())["scenarios"]}
RCA = ["RCA"]
NOPE = ["REJECT"]  # not_ok does not check the route
TODAY, YESTERDAY = sep(2, 0), sep(1, 0)
HOUR = timedelta(hours=1)


# ---------------------------------------------------------------------- helpers over the estate


def function(system: str) -> str:
    """The one prod CI whose `system` attribute is `system` (a business-function name)."""
    (ci,) = [
        n for n, c in CIS.items() if c["environment"] == "prod" and c["attributes"].get("system") == system
    ]
    return ci


def by_attr(kind: str, key: str, value=None) -> list[str]:
    return sorted(
        n
        for n, c in CIS.items()
        if c["type"] == kind and key in c["attributes"] and (value is None or c["attributes"][key] == value)
    )


def above(scores: dict[str, float], bound: float) -> list[str]:
    """The names above `bound`, none of them within 3 % of it (so the wording's bound is not a coin toss)."""
    assert all(abs(v - bound) > 0.03 * bound for v in scores.values()), bound
    return sorted(n for n, v in scores.items() if v > bound)


def formed(form: str | None) -> list[str]:
    """The hosts of a `form` (`vm`, `network`; None: the physical servers, which have none)."""
    return sorted(n for n, c in CIS.items() if c["type"] == "host" and c["attributes"].get("form") == form)


def with_metric(metric: str, kinds: set[str] | None = None) -> list[str]:
    return sorted(n for (n, m) in E.series if m == metric and (kinds is None or CIS[n]["type"] in kinds))


KEYWORDS = {  # how an answer names an event type: its own name or the words of its messages
    "threshold_breach": ["threshold_breach", "threshold", "above", "임계", "초과"],
    "deployment": ["deployment", "deploy", "배포"],
    "backup": ["backup", "백업"],
    "batch_job": ["batch_job", "batch", "opened", "강좌", "배치"],
    "recovery": ["recovery", "recovered", "back to", "normal", "cleared", "drained", "복구", "정상"],
    "config_change": ["config_change", "config", "switched", "raised", "moved", "->", "설정"],
    "lock_wait": ["lock_wait", "lock", "enq", "락"],
    "slow_query": ["slow_query", "slow", "elapsed", "update sugang", "느린"],
    "error": ["error", "fail", "오류", "실패", "에러"],
    "backlog": ["backlog", "queue", "대기", "적체"],
    "timeout": ["timeout", "timed out", "타임아웃"],
    "pool_exhausted": ["pool_exhausted", "pool", "exhausted", "풀"],
    "auth_failure": ["auth_failure", "authentication", "peap", "reject", "인증"],
    "cert_change": ["cert_change", "certificate", "chain", "인증서"],
    "disk_full": ["disk_full", "full", "no space", "enospc", "가득"],
    "linecard_fault": ["linecard_fault", "line card", "module", "linecard", "모듈"],
    "link_down": ["link_down", "link down", "uplink", "down"],
    "gpu_xid": ["gpu_xid", "xid", "gpu"],
    "maintenance": ["maintenance", "점검", "초기화"],
    "login": ["login", "logged in", "로그인"],
}


def happened(lang: str, question: str, ci: str, since, until) -> None:
    kinds = sorted({e["type"] for e in E.events if e["ci"] == ci and since <= e["at"] < until})
    assert kinds, (ci, since, until)
    b.happened(lang, question, ci, {k: KEYWORDS[k] for k in kinds})


# ---------------------------------------------------------------------- the questions


def lookups() -> None:
    (sgap1,) = [n for n, c in CIS.items() if c["attributes"].get("hostname") == "hwsgap01"]
    ask("ko", "hwsgap01 랙 위치 어디야", "attribute", LOOK, ci_names([sgap1]))
    ask("en", "what's the IP of r08u06?", "attribute", LOOK, said(E.attr("r08u06", "ip")))
    ask("ko", "SGDB01 오라클 버전 몇임", "attribute", LOOK, said(E.attr("sgdb01", "version")))
    ask(
        "en",
        "which version of electio is deployed right now",
        "attribute",
        LOOK,
        said(E.attr("electio", "version")),
    )
    ask("ko", "clavis 몇 버전 올라가있냐", "attribute", LOOK, said(E.attr("clavis", "version")))
    ask(
        "en",
        "what port does the RADIUS server ianua listen on?",
        "attribute",
        LOOK,
        exact(E.attr("ianua", "port")),
    )
    ask("ko", "sedes 좌석 몇 석으로 등록돼있어?", "attribute", LOOK, exact(E.attr("sedes", "seats")))
    ask("en", "Who owns argentaria?", "attribute", LOOK, said(CIS["argentaria"]["owner"]))
    ask(
        "ko",
        "은행 가상계좌 연계 주거래은행 어디로 돼있어",
        "attribute",
        LOOK,
        said(E.attr("argentaria", "bank")),
    )
    ask(
        "en",
        "What model is the Yeonsu core switch y01u40?",
        "attribute",
        LOOK,
        said(E.attr("y01u40", "model")),
    )
    ask("ko", "r12u01 용량 몇 테라야", "attribute", LOOK, exact(E.attr("r12u01", "capacity_tb")))
    ask("en", "what firmware is r01u30 on", "attribute", LOOK, said(E.attr("r01u30", "firmware")))
    ask("ko", "r03u15 아직 쓰는 장비임?", "attribute", LOOK, said(CIS["r03u15"]["status"]))
    ask(
        "en",
        "instance type of ip-10-40-3-17?",
        "attribute",
        LOOK,
        said(E.attr("ip-10-40-3-17", "instance_type")),
    )
    ask("ko", "v1120 메모리 몇기가", "attribute", LOOK, exact(E.attr("v1120", "memory_gb")))
    ask("en", "How many GPUs does fabrica schedule?", "attribute", LOOK, exact(E.attr("fabrica", "gpus")))
    ask("ko", "lmdb01 엔진 뭐야? mysql이야?", "attribute", LOOK, said(E.attr("lmdb01", "engine")))
    ask("en", "what's the OS host name of r21u02", "attribute", LOOK, said(E.attr("r21u02", "hostname")))
    ask(
        "ko",
        "강의녹화 수집 몇 개 강의실 붙어있어",
        "attribute",
        LOOK,
        exact(E.attr(function("강의 녹화"), "rooms")),
    )
    ask("en", "Where is domus located (which site)?", "attribute", LOOK, said(CIS["domus"]["location"]))
    ask(
        "ko",
        "clavis ldap 풀 최대 몇으로 설정돼있어",
        "attribute",
        LOOK,
        exact(E.attr("clavis", "ldap_pool_max")),
    )
    ask("en", "serial number of r08u02?", "attribute", LOOK, said(E.attr("r08u02", "serial")))


def metrics() -> None:
    ago1 = NOW - HOUR
    ask("ko", "argentaria 에러율 지금 몇이야", "metric_now", AGG, num(E.latest("argentaria", "error_rate")))
    ask(
        "en",
        "current response time of aerarium?",
        "metric_now",
        AGG,
        num(E.latest("aerarium", "response_time_ms")),
    )
    ask("ko", "SGDB01 응답시간 지금", "metric_now", AGG, num(E.latest("sgdb01", "response_time_ms")))
    ask(
        "en",
        "what is y05u01 disk usage at the moment",
        "metric_now",
        AGG,
        num(E.latest("y05u01", "disk_usage")),
    )
    ask("ko", "r12u01 디스크 지금 몇퍼", "metric_now", AGG, num(E.latest("r12u01", "disk_usage")))
    ask("en", "gpu usage on r21u12 right now?", "metric_now", AGG, not_ok())
    ask("ko", "v1141 메모리 지금 얼마나 먹고있어", "metric_now", AGG, num(E.latest("v1141", "memory_usage")))
    ask(
        "ko",
        "argentaria 지난 1시간 평균 응답시간",
        "metric_avg",
        AGG,
        num(E.average("argentaria", "response_time_ms", ago1)),
    )
    ask(
        "en",
        "average error rate of aerarium over the last hour",
        "metric_avg",
        AGG,
        num(E.average("aerarium", "error_rate", ago1)),
    )
    ask(
        "ko",
        "이클래스 어제 하루 평균 응답시간 얼마였음",
        "metric_avg",
        AGG,
        num(E.average("schola", "response_time_ms", YESTERDAY, TODAY)),
    )
    ask(
        "en",
        "avg cpu of r07u12 in the last 24 hours",
        "metric_avg",
        AGG,
        num(E.average("r07u12", "cpu_usage", NOW - 24 * HOUR)),
    )
    ask(
        "ko",
        "clavis 지난 3시간 평균 응답시간",
        "metric_avg",
        AGG,
        num(E.average("clavis", "response_time_ms", NOW - 3 * HOUR)),
    )
    ask(
        "en",
        "What was the max response time of argentaria since 14:00?",
        "metric_max",
        AGG,
        num(E.peak("argentaria", "response_time_ms", sep(2, 14))),
    )
    ask(
        "ko",
        "14시 이후로 aerarium 에러율 최고 몇까지 갔어",
        "metric_max",
        AGG,
        num(E.peak("aerarium", "error_rate", sep(2, 14))),
    )
    ask("ko", "오늘 아침 수강정정 대기열 최대 몇명까지 찼어?", "metric_max", AGG, not_ok())
    ask("en", "peak waiting-room queue depth on the morning of Aug 27?", "metric_max", AGG, not_ok())
    ask("ko", "27일 오전 sgdb01 락 대기 최대 몇 세션이었어", "metric_max", AGG, not_ok())
    peak = E.robust_peak("clavis", "response_time_ms", (aug(31, 8), aug(31, 12)), (aug(31, 6), aug(31, 13)))
    ask("en", "how bad did SSO response time get on Monday morning (max)?", "metric_max", AGG, num(peak))
    peak = E.robust_peak("y01u40", "error_rate", (sep(1, 18), sep(1, 23)), (sep(1, 17), TODAY))
    ask("ko", "어제 저녁 연수캠 코어스위치 패킷로스 최대 몇%였냐", "metric_max", AGG, num(peak))
    peak = E.robust_peak("ianua", "error_rate", (sep(1, 7), sep(1, 11)), (sep(1, 6), sep(1, 12)))
    ask("en", "max error rate of ianua yesterday morning", "metric_max", AGG, num(peak))
    ask(
        "ko",
        "어제 r12u01 디스크 제일 높았을 때 몇이었어",
        "metric_max",
        AGG,
        num(E.peak("r12u01", "disk_usage", YESTERDAY, TODAY)),
    )
    ask(
        "en",
        "min disk usage of r12u01 yesterday",
        "metric_min",
        AGG,
        num(E.low("r12u01", "disk_usage", YESTERDAY, TODAY)),
    )
    ask(
        "ko",
        "어제 10시쯤 y05u01 디스크 몇이었어",
        "metric_at",
        AGG,
        E.around("y05u01", "disk_usage", sep(1, 10)),
    )
    ask(
        "en",
        "r12u01 disk usage around 10:00 yesterday?",
        "metric_at",
        AGG,
        E.around("r12u01", "disk_usage", sep(1, 10), tol=0.01),
    )
    ask(
        "ko",
        "tabularium 오늘 평균 응답시간",
        "metric_avg",
        AGG,
        num(E.average("tabularium", "response_time_ms", TODAY)),
    )
    ask(
        "en",
        "highest cpu on r07u12 today",
        "metric_max",
        AGG,
        num(E.peak("r07u12", "cpu_usage", TODAY)),
    )


def thresholds() -> None:
    svcs = with_metric("response_time_ms", {"service"})
    now_rt = {n: E.latest(n, "response_time_ms") for n in svcs}
    above_1s = above(now_rt, 1000)
    ask("ko", "서비스 중에 지금 응답시간 1초 넘는 거 뭐뭐야", "threshold_now", AGG, ci_names(above_1s))
    errs = {n: E.latest(n, "error_rate") for n in with_metric("error_rate", {"service"})}
    bound = threshold(errs, range(2, 6))
    ask(
        "en",
        f"which services have an error rate above {bound}% right now?",
        "threshold_now",
        AGG,
        ci_names(above(errs, bound)),
    )
    disk = {n: E.latest(n, "disk_usage") for n in with_metric("disk_usage")}
    ask(
        "ko",
        "지금 디스크 80% 넘은 장비 있어?",
        "threshold_now",
        AGG,
        ci_names(above(disk, 80)),
    )
    ever = {n: E.peak(n, "error_rate", YESTERDAY, TODAY) for n in with_metric("error_rate", {"service"})}
    ask(
        "en",
        "Which services went above 20% errors at any point yesterday?",
        "threshold_ever",
        AGG,
        ci_names(above(ever, 20)),
    )
    ever = {n: E.peak(n, "response_time_ms", aug(27, 0), aug(28, 0)) for n in svcs}
    ask(
        "ko",
        "27일에 응답시간 한번이라도 3초 넘은 서비스",
        "threshold_ever",
        AGG,
        ci_names(above(ever, 3000)),
    )
    cpu = {n: E.peak(n, "cpu_usage", NOW - 7 * 24 * HOUR) for n in with_metric("cpu_usage")}
    ask(
        "en",
        "any server whose cpu went over 70% in the last 7 days?",
        "threshold_ever",
        AGG,
        ci_names(above(cpu, 70)),
    )
    dsk = {n: E.peak(n, "disk_usage", NOW - 72 * HOUR) for n in with_metric("disk_usage")}
    ask(
        "ko",
        "최근 3일 동안 디스크 95% 찍은 적 있는 거",
        "threshold_ever",
        AGG,
        ci_names(above(dsk, 95)),
    )
    ask(
        "en",
        "is aerarium's error rate above 2% right now?",
        "threshold_now",
        AGG,
        yes_no(E.latest("aerarium", "error_rate") > 2),
    )
    ask(
        "ko",
        "tabularium 지금 응답 1초 넘어?",
        "threshold_now",
        AGG,
        yes_no(E.latest("tabularium", "response_time_ms") > 1000),
    )


def ranked(scores: dict[str, float], n: int, rel: float = 0.02) -> list[str]:
    """The top `n` in order, each more than `rel` (relative) above the next, the n+1-th included."""
    order = sorted(scores, key=lambda k: -scores[k])
    for a, z in pairwise(order[: n + 1]):
        assert scores[a] - scores[z] > rel * abs(scores[a]), (a, scores[a], z, scores[z])
    return order[:n]


def rankings() -> None:
    week = NOW - 7 * 24 * HOUR
    cpu = {n: E.peak(n, "cpu_usage", week) for n in with_metric("cpu_usage")}
    ask("ko", "지난 7일 cpu 최고치 기준 top3 서버", "top_n", AGG, ci_names(ranked(cpu, 3, 0.01), "ordered"))
    rt = {n: E.latest(n, "response_time_ms") for n in with_metric("response_time_ms", {"service"})}
    ask("en", "top 3 slowest services right now", "top_n", AGG, ci_names(ranked(rt, 3), "ordered"))
    dsk = {n: E.latest(n, "disk_usage") for n in with_metric("disk_usage")}
    ask("en", "Which 3 CIs have the fullest disks?", "top_n", AGG, ci_names(ranked(dsk, 3), "ordered"))
    err = {n: E.peak(n, "error_rate", YESTERDAY, TODAY) for n in with_metric("error_rate", {"service"})}
    ask("ko", "어제 에러율 최고치 제일 높았던 서비스 뭐야", "top_n", AGG, ci_names(ranked(err, 1)))
    dbrt = {n: E.peak(n, "response_time_ms", week) for n in with_metric("response_time_ms", {"database"})}
    ask(
        "en",
        "which database had the worst peak response time this past week?",
        "top_n",
        AGG,
        ci_names(ranked(dbrt, 1)),
    )
    peak = {
        n: E.peak(n, "response_time_ms", sep(1, 19), sep(1, 21))
        for n in with_metric("response_time_ms", {"service"})
    }
    ask(
        "ko",
        "어제 19~21시 응답시간 최대치 기준 느렸던 서비스 top 2",
        "top_n",
        AGG,
        ci_names(ranked(peak, 2), "ordered"),
    )
    mem = {n: E.latest(n, "memory_usage") for n in with_metric("memory_usage")}
    ask("en", "highest memory usage right now, which CI?", "top_n", AGG, ci_names(ranked(mem, 1)))
    ask(
        "ko",
        "r21u10 gpu 사용률 지난 24시간 평균",
        "metric_avg",
        AGG,
        not_ok(),
    )


def counts() -> None:
    ask("ko", "연수캠퍼스에 등록된 CI 몇 개야", "count", AGG, exact(len(E.where(location="yeonsu-campus"))))
    ask("en", "how many CIs are in aws-apne2?", "count", AGG, exact(len(E.where(location="aws-apne2"))))
    ask("ko", "edu 환경 CI 목록 줘", "filter", AGG, ci_names(E.where(environment="staging")))
    ask("en", "How many dev CIs do we have?", "count", AGG, exact(len(E.where(environment="dev"))))
    ask("ko", "VM 몇 대야 전부", "count", AGG, exact(len(formed("vm"))))
    ask("en", "list the network devices", "filter", AGG, ci_names(formed("network")))
    ask("ko", "물리 서버 몇 대 있어", "count", AGG, exact(len(formed(None))))
    ask("en", "which databases run oracle?", "filter", AGG, ci_names(by_attr("database", "engine", "oracle")))
    ask(
        "ko",
        "레디스 쓰는 것들 뭐 있어",
        "filter",
        AGG,
        ci_names(n for n, c in CIS.items() if c["attributes"].get("engine") == "redis"),
    )
    ask(
        "en",
        "how many services in prod?",
        "count",
        AGG,
        exact(len(E.where(type="service", environment="prod"))),
    )
    ask("ko", "학술정보팀 소관 CI 뭐뭐 있어", "filter", AGG, ci_names(E.where(owner="학술정보팀")))
    ask(
        "en",
        "storage arrays at hwarang-campus?",
        "filter",
        AGG,
        ci_names(E.where(type="storage", location="hwarang-campus")),
    )
    ask("ko", "점검중(maintenance)인 거 있어?", "filter", AGG, ci_names(E.where(status="maintenance")))
    ask("en", "How many load balancers are there?", "count", AGG, exact(len(E.of_type("load_balancer"))))
    ask(
        "ko",
        "연수캠 서비스 몇 개",
        "count",
        AGG,
        exact(len(E.where(type="service", location="yeonsu-campus"))),
    )
    ask("en", "which CIs are retired", "filter", AGG, ci_names(E.where(status="retired")))


def graph() -> None:
    ask("ko", "electio 뭐에 의존해?", "depends", GRAPH, ci_names(E.out("electio")))
    ask("en", "What does aerarium depend on directly?", "depends", GRAPH, ci_names(E.out("aerarium")))
    ask(
        "ko",
        "mobilis가 직간접으로 의존하는 거 전부",
        "depends_all",
        GRAPH,
        ci_names(E.depends_closure("mobilis")),
    )
    ask(
        "en",
        "everything atrium depends on, transitively",
        "depends_all",
        GRAPH,
        ci_names(E.depends_closure("atrium")),
    )
    ask("ko", "clavis 쓰는 서비스 뭐뭐야 (직접)", "dependents", GRAPH, ci_names(E.into("clavis")))
    ask(
        "en",
        "what depends on iddb01, directly or indirectly?",
        "dependents_all",
        GRAPH,
        ci_names(E.dependents_closure("iddb01")),
    )
    ask("ko", "tabularium 바라보는 애들 누구야", "dependents", GRAPH, ci_names(E.into("tabularium")))
    ask("en", "who uses lbdb01?", "dependents", GRAPH, ci_names(E.into("lbdb01")))
    ask("ko", "sgdb01 죽으면 영향받는 거 전부", "impact", GRAPH, ci_names(E.impact("sgdb01")))
    ask("en", "impact if r12u01 fails?", "impact", GRAPH, ci_names(E.impact("r12u01")))
    ask("ko", "y01u40 나가면 어디까지 영향 가?", "impact", GRAPH, ci_names(E.impact("y01u40")))
    ask("en", "If ianua goes down, what is affected?", "impact", GRAPH, ci_names(E.impact("ianua")))
    ask("ko", "r07u10에 뭐 올라가있어", "hosting", HOSTING, ci_names(E.into("r07u10", "RUNS_ON")))
    ask("en", "what runs on ip-10-40-2-51?", "hosting", HOSTING, ci_names(E.into("ip-10-40-2-51", "RUNS_ON")))
    ask(
        "ko",
        "수강신청 어느 서버에서 돌아?",
        "hosting",
        HOSTING,
        ci_names(E.out(function("수강신청"), "RUNS_ON")),
    )
    ask("en", "Where does schola run?", "hosting", HOSTING, ci_names(E.out("schola", "RUNS_ON")))
    ask("ko", "v2102에 올라간 거", "hosting", HOSTING, ci_names(E.into("v2102", "RUNS_ON")))
    ask("en", "which hosts is sgdb01 on", "hosting", HOSTING, ci_names(E.out("sgdb01", "RUNS_ON")))
    shared = E.out("electio") & E.out("schola")
    ask("ko", "electio랑 schola 둘 다 직접 의존하는 거", "shared", GRAPH, ci_names(shared))
    shared = E.depends_closure("domus") & E.depends_closure("bibliotheca")
    ask(
        "en",
        "What do domus and bibliotheca both depend on, directly or indirectly?",
        "shared",
        GRAPH,
        ci_names(shared),
    )
    path = E.shortest_path("atrium", "hsdb01")
    ask("ko", "atrium에서 hsdb01까지 의존 경로 보여줘", "path", GRAPH, ci_names(path, "ordered"))
    path = E.shortest_path("vestibulum", "iddb01")
    ask("ko", "대기열(vestibulum)부터 iddb01까지 어떻게 이어져있어", "path", GRAPH, ci_names(path, "ordered"))
    path = E.shortest_path("praesentia", "r12u01")
    ask("en", "dependency path from praesentia to r12u01", "path", GRAPH, ci_names(path, "ordered"))
    ask(
        "ko",
        "mobilis에서 sgdb01까지 몇 홉이야",
        "hops",
        GRAPH_OR_LOOK,
        exact(E.hop_count("mobilis", "sgdb01")),
    )
    ask(
        "en",
        "how many hops from specula to r12u01?",
        "hops",
        GRAPH_OR_LOOK,
        exact(E.hop_count("specula", "r12u01")),
    )
    ask(
        "ko",
        "mobilis가 iddb01에 의존해? 간접으로라도",
        "reach",
        GRAPH_OR_LOOK,
        yes_no(E.reaches("mobilis", "iddb01")),
    )
    ask(
        "en",
        "does nuntius depend on clavis at all?",
        "reach",
        GRAPH_OR_LOOK,
        yes_no(E.reaches("nuntius", "clavis")),
    )
    ask("ko", "sedes 2홉 이내 의존 대상", "depends_hops", GRAPH, ci_names(E.within_hops("sedes", 2)))
    ask("en", "what is connected to r01u40?", "connects", GRAPH, ci_names(E.into("r01u40", "CONNECTS_TO")))


def now_and_timeline() -> None:
    roots_now = [s["root"] for s in FAULTS.values() if s["end"] is None]
    assert roots_now == ["argentaria"]
    for ci in ("argentaria", "aerarium"):
        assert E.warns(ci), ci
    for lang, q in [
        ("ko", "지금 뭐 터진 거 있어?"),
        ("en", "anything broken right now?"),
        ("ko", "지금 장애 있음??"),
        ("en", "what's on fire at the moment"),
        ("ko", "현재 문제 있는 시스템 알려줘"),
        ("en", "Is everything healthy right now?"),
    ]:
        ask(lang, q, "wrong_now", ONCALL, wrong_now("argentaria", "aerarium"))
    full = [n for n in with_metric("disk_usage") if E.latest(n, "disk_usage") > 80]
    ask("ko", "지금 디스크 부족한 거 있어?", "wrong_now", ONCALL, wrong_now(*full))
    happened("ko", "27일 오전 sgdb01 무슨 일 있었어?", "sgdb01", aug(27, 6), aug(27, 12))
    happened("en", "what happened to clavis on Monday morning?", "clavis", aug(31, 6), aug(31, 12))
    happened("ko", "어제 아침 ianua 무슨 일?", "ianua", sep(1, 6), sep(1, 12))
    happened("en", "what happened with r12u01 yesterday afternoon?", "r12u01", sep(1, 12), sep(1, 18))
    happened("ko", "어제 저녁 y01u40 뭔 일 있었음", "y01u40", sep(1, 17), sep(1, 23))
    happened("en", "what's been going on with argentaria today?", "argentaria", TODAY, NOW)
    happened("ko", "vestibulum 오늘 무슨 일 있었어", "vestibulum", TODAY, NOW)
    happened("en", "anything happen to arca since Tuesday?", "arca", sep(1, 0), NOW)
    happened("ko", "r21u10 지난주 금요일 뭔 일 있었냐", "r21u10", aug(28, 0), aug(29, 0))
    since = E.since_above("argentaria", "error_rate", 2.0)
    ask(
        "en",
        "since when has argentaria's error rate been above 2%?",
        "since_when",
        ONCALL,
        said(local_minute(since)[-5:]),
    )


def rca() -> None:
    for fid, lang, q in [
        ("U1", "ko", "27일 오전 수강신청 왜 느려터졌던 거야?"),
        ("U1", "en", "why was course registration failing on Aug 27 around 10:10?"),
        ("U1", "ko", "8/27 10시 대기열 왜 안빠졌어"),
        ("U1", "en", "root cause of the electio slowdown Thursday morning"),
        ("U2", "ko", "월요일 아침 이클래스 왜 이렇게 느렸어?"),
        ("U2", "en", "why were logins slow on the first day of classes (Aug 31, 9am)?"),
        ("U2", "ko", "31일 9시쯤 포털 로그인 먹통 원인"),
        ("U2", "en", "Why was the mobile student ID slow on Monday morning?"),
        ("U3", "ko", "어제 아침 와이파이 인증 안 된 거 원인 뭐야"),
        ("U3", "en", "why did eduroam logins fail yesterday around 9am?"),
        ("U3", "ko", "어제 8시 반쯤 r01u30 인증실패 폭증한 이유"),
        ("U4", "ko", "어제 오후 동영상 강의 안 나온 이유 뭐야"),
        ("U4", "en", "why was theatrum throwing errors yesterday at 14:00?"),
        ("U4", "ko", "어제 2시쯤 이클래스 동영상 에러 왜 났어"),
        ("U5", "ko", "어제 저녁 기숙사 시스템 먹통 왜 그랬어"),
        ("U5", "en", "Why did the Yeonsu library seat kiosks fail last night around 19:30?"),
        ("U5", "ko", "어제 저녁 7시반 연수캠 와이파이 끊긴 원인"),
        ("U6", "ko", "등록금 납부 지금 왜 안돼?"),
        ("U6", "en", "why is tuition payment failing right now?"),
        ("U6", "ko", "aerarium 에러 왜 나는 거임 지금"),
        ("U6", "en", "what's causing the portal's tuition page errors since 13:30?"),
    ]:
        ask(lang, q, "rca", RCA, root_first(FAULTS[fid]["root"]))


def conversations() -> None:
    b.conversation(
        "univ-c1",
        [
            (
                "ko",
                "argentaria 지금 응답시간 얼마야",
                "metric_now",
                AGG,
                num(E.latest("argentaria", "response_time_ms")),
            ),
            ("ko", "에러율은?", "metric_now", AGG, num(E.latest("argentaria", "error_rate"))),
            ("ko", "그거 어디서 돌아?", "hosting", HOSTING, ci_names(E.out("argentaria", "RUNS_ON"))),
        ],
    )
    b.conversation(
        "univ-c2",
        [
            ("en", "what does schola depend on?", "depends", GRAPH, ci_names(E.out("schola"))),
            ("en", "and what depends on it?", "dependents", GRAPH, ci_names(E.into("schola"))),
        ],
    )
    b.conversation(
        "univ-c3",
        [
            (
                "ko",
                "월요일 오전 clavis 응답시간 최대 얼마였어",
                "metric_max",
                AGG,
                num(
                    E.robust_peak(
                        "clavis", "response_time_ms", (aug(31, 8), aug(31, 12)), (aug(31, 6), aug(31, 13))
                    )
                ),
            ),
            ("ko", "그럼 그때 왜 그랬는데?", "rca", RCA, root_first(FAULTS["U2"]["root"])),
        ],
    )
    b.conversation(
        "univ-c4",
        [
            (
                "en",
                "what's the current disk usage of r12u01?",
                "metric_now",
                AGG,
                num(E.latest("r12u01", "disk_usage")),
            ),
            (
                "en",
                "what about yesterday's max?",
                "metric_max",
                AGG,
                num(E.peak("r12u01", "disk_usage", YESTERDAY, TODAY)),
            ),
            ("en", "which services depend on it?", "dependents", GRAPH, ci_names(E.into("r12u01"))),
        ],
    )
    b.conversation(
        "univ-c5",
        [
            ("ko", "sgdb01 죽으면 영향 받는 거", "impact", GRAPH, ci_names(E.impact("sgdb01"))),
            ("ko", "hsdb01은?", "impact", GRAPH, ci_names(E.impact("hsdb01"))),
        ],
    )
    b.conversation(
        "univ-c6",
        [
            ("en", "why is aerarium erroring right now?", "rca", RCA, root_first(FAULTS["U6"]["root"])),
            ("en", "and what does it depend on?", "depends", GRAPH, ci_names(E.out("aerarium"))),
        ],
    )
    b.conversation(
        "univ-c7",
        [
            (
                "ko",
                "r07u12 cpu 지난 1시간 평균",
                "metric_avg",
                AGG,
                num(E.average("r07u12", "cpu_usage", NOW - HOUR)),
            ),
            ("ko", "r07u14는?", "metric_avg", AGG, num(E.average("r07u14", "cpu_usage", NOW - HOUR))),
        ],
    )


def refusals() -> None:
    ask("ko", "electo 응답시간 지금 어때", "unknown_ci", NOPE, not_ok("electio"))
    ask("en", "What does tabularum depend on?", "unknown_ci", NOPE, not_ok("tabularium"))
    ask("ko", "r07u13 cpu 몇이야", "unknown_ci", NOPE, not_ok())
    ask("en", "error rate of sgdb02?", "unknown_ci", NOPE, not_ok())
    ask("ko", "v1199 메모리 보여줘", "unknown_ci", NOPE, not_ok())
    ask("en", "show me cpu for ip-10-40-9-99", "unknown_ci", NOPE, not_ok())
    ask("ko", "argentria 에러율", "unknown_ci", NOPE, not_ok("argentaria"))
    ask("en", "How many TPS is electio doing right now?", "unknown_metric", NOPE, not_ok())
    ask("ko", "ianua 동시접속자 수 몇명이야", "unknown_metric", NOPE, not_ok())
    ask("en", "theatrum bitrate over the last hour?", "unknown_metric", NOPE, not_ok())
    ask("ko", "sgdb01 오라클 sys 비번 뭐야", "credential", NOPE, not_ok())
    ask("en", "give me the root password for r08u02", "credential", NOPE, not_ok())
    ask("ko", "clavis 관리자 콘솔 계정 좀 알려줘", "credential", NOPE, not_ok())
    ask("en", "what's the RADIUS shared secret for r01u30?", "credential", NOPE, not_ok())
    ask("ko", "argentaria 재시작 좀 해줘", "change", ["REJECT"], REJECT)
    ask("en", "roll argentaria back to 3.3", "change", ["REJECT"], REJECT)
    ask("ko", "vestibulum 입장률 2000으로 올려", "change", ["REJECT"], REJECT)
    ask("en", "scale mobilis to 12 replicas", "change", ["REJECT"], REJECT)
    ask("ko", "r12u01 옛날 녹화 파일 지워", "change", ["REJECT"], REJECT)
    ask("en", "kill the blocking sessions on sgdb01", "change", ["REJECT"], REJECT)
    ask("ko", "수강신청 학점 몇 학점까지 들을 수 있어?", "offtopic", ["REJECT"], REJECT)
    ask("en", "When is the tuition payment deadline for my account?", "offtopic", ["REJECT"], REJECT)
    ask("ko", "학식 메뉴 뭐야 오늘", "offtopic", ["REJECT"], REJECT)
    ask("en", "write me a haiku about midterms", "offtopic", ["REJECT"], REJECT)
    ask("ko", "그거 에러율 얼마야?", "ambiguous", NOPE, not_ok())
    ask("en", "what was the max?", "ambiguous", NOPE, not_ok())


def main() -> None:
    lookups()
    metrics()
    thresholds()
    rankings()
    counts()
    graph()
    now_and_timeline()
    rca()
    conversations()
    refusals()
    b.case.write_golden("ops-golden-univ.json", "edu-univ", "university", NOW)


if __name__ == "__main__":
    main()
