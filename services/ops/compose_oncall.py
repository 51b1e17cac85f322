"""Answer blocks for the on-call questions: a CI's timeline and health, and what is wrong across the estate now."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from services.ops.compose import SEVERITY_KO, fmt, josa, local
from services.ops.oncall import SEVERITY_RANK

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import EventQueryArgs

KIND_LABEL = {
    "event": {"ko": "이벤트", "en": "event"},
    "onset": {"ko": "이상 시작", "en": "onset"},
    "peak": {"ko": "정점", "en": "peak"},
    "recovery": {"ko": "회복", "en": "recovery"},
    "threshold": {"ko": "임계값 초과", "en": "over threshold"},
    "anomaly": {"ko": "기준 대비 이상", "en": "anomaly"},
    "external": {"ko": "알림", "en": "alert"},
}
COLUMNS = {
    "timeline": {"ko": ["시각", "CI", "구분", "내용"], "en": ["time", "ci", "what", "detail"]},
    "problems": {
        "ko": ["심각도", "CI", "구분", "내용", "시작", "영향 CI 수", "링크"],
        "en": ["severity", "ci", "what", "detail", "since", "dependents", "link"],
    },
}


def _change_detail(c: Composer, item: dict[str, Any]) -> str:
    label, unit = c.metric_label(item["metric"]), item["unit"]
    baseline = fmt(item["baseline"], unit)
    if item["kind"] == "onset":
        return c.pick(
            f"{label} 기준({baseline})에서 벗어나기 시작", f"{label} left its baseline ({baseline})"
        )
    if item["kind"] == "peak":
        return c.pick(
            f"{label} 정점 {fmt(item['peak'], unit)} (기준 {baseline})",
            f"{label} peaked at {fmt(item['peak'], unit)} (baseline {baseline})",
        )
    return c.pick(f"{label} 마지막 이상 값, 이후 정상", f"{label} last abnormal sample, normal afterwards")


def timeline_blocks(c: Composer, args: EventQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    ci, window = args.ci, c.window(args)
    items = data["items"]
    if not items:
        return [
            c.say(
                f"{window} 동안 {ci}와 그 의존 CI에는 이벤트도, 기준을 벗어난 메트릭 변화도 없었습니다.",
                f"Nothing happened to {ci} or what it depends on in {window}: no events and no metric "
                f"changes against its baseline.",
            )
        ]
    events = sum(1 for i in items if i["kind"] == "event")
    changes = data["changes"]
    ongoing = [c.metric_label(x["metric"]) for x in changes if x["ongoing"]]
    summary = c.pick(
        f"{window} {ci} 타임라인: 이벤트 {events}건 ({ci}와 의존 CI), 메트릭 변화 {len(changes)}건"
        + (f", 구간 끝까지 이상 지속: {', '.join(ongoing)}" if ongoing else "")
        + ".",
        f"Timeline of {ci} in {window}: {events} events (on {ci} and what it depends on), {len(changes)} "
        f"metric changes"
        + (f"; still abnormal at the window's end: {', '.join(ongoing)}" if ongoing else "")
        + ".",
    )
    rows = []
    for item in items:
        kind = c.pick(KIND_LABEL[item["kind"]]["ko"], KIND_LABEL[item["kind"]]["en"])
        if item["kind"] == "event":
            severity = c.pick(SEVERITY_KO.get(item["severity"], item["severity"]), item["severity"])
            detail = f"{severity} {item['type']}: {item['message']}"
        else:
            detail = _change_detail(c, item)
        rows.append([local(item["ts"], c.tz), item["ci"], kind, detail])
    return [c.say(summary, summary), {"type": "table", "columns": COLUMNS["timeline"][c.lang], "rows": rows}]


def _problem_detail(c: Composer, p: dict[str, Any]) -> str:
    d = p["details"]
    if p["kind"] == "threshold":
        label, unit = c.metric_label(d["metric"]), d["unit"]
        event = d.get("event")  # the threshold_breach event that reported it
        return c.pick(
            f"{label} {fmt(d['value'], unit)} (임계값 {fmt(d['threshold'], unit)} 이상)"
            + (f" · 이벤트 {local(event['ts'], c.tz)}: {event['message']}" if event else ""),
            f"{label} {fmt(d['value'], unit)} (threshold {fmt(d['threshold'], unit)})"
            + (f" · event {local(event['ts'], c.tz)}: {event['message']}" if event else ""),
        )
    if p["kind"] == "anomaly":
        label = c.metric_label(d["metric"])
        return c.pick(
            f"{label} {fmt(d['value'])} (평소 {fmt(d['baseline'])}, z={d['z']})",
            f"{label} {fmt(d['value'])} (usually {fmt(d['baseline'])}, z={d['z']})",
        )
    if p["kind"] == "event":
        return f"{d['type']}: {d['message']}"
    return str(d.get("summary", ""))


MAX_ELSEWHERE_NAMED = 3  # CIs named in the line on problems outside a scope with none
SCOPE_KO = {"environment": "환경", "type": "유형", "location": "위치", "owner": "담당", "status": "상태"}


def problems_blocks(c: Composer, args: EventQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    problems, upstream, at = data["problems"], data.get("upstream") or [], local(args.needs("at")[0], c.tz)
    scope = (data.get("scope") or {}).items()
    scope_ko = ", ".join(f"{SCOPE_KO.get(key, key)}={value}" for key, value in scope)
    scope_en = ", ".join(f"{key}={value}" for key, value in scope)
    among_ko, among_en = (f"{scope_ko} 범위에서 ", f" among CIs with {scope_en}") if scope else ("", "")
    if not problems:
        checked = data.get("checked") or []
        table = {
            "type": "table",
            "columns": ["CI", "상태"] if c.lang == "ko" else ["ci", "state"],
            "rows": [[name, c.pick("정상", "ok")] for name in checked],
        }
        return [
            c.say(
                f"{at} 기준 {among_ko}임계값을 넘은 메트릭, 평소와 다른 이상 징후, 최근 2시간의 critical/major "
                f"이벤트가 없습니다."
                + (f" 확인한 CI {data.get('in_scope', len(checked))}개." if checked else ""),
                f"Nothing looks wrong{among_en} as of {at}: no metric over its threshold, no anomaly "
                f"against its baseline and no critical/major event in the last 2 hours."
                + (f" CIs checked: {data.get('in_scope', len(checked))}." if checked else ""),
            ),
            *_upstream_blocks(c, upstream, data),
            *([table] if checked else []),
            *_elsewhere_blocks(c, data),
        ]
    cis = data.get("cis", 0)
    worst = _worst(c, problems)
    c.subject_metric = problems[0]["details"].get("metric")
    summary = c.pick(
        f"{at} 기준 {among_ko}문제 {data['total']}건, CI {cis}개 (심각도와 영향 범위 순). 가장 심각한 것: {worst}",
        f"{data['total']} problems on {cis} CIs{among_en} as of {at} (worst first, by severity and blast "
        f"radius). The worst: {worst}",
    )
    table = {"type": "table", "columns": COLUMNS["problems"][c.lang], "rows": _problem_rows(c, problems)}
    return [c.say(summary, summary), table, *_upstream_blocks(c, upstream, data)]


def _worst(c: Composer, problems: list[dict[str, Any]]) -> str:
    top = problems[0]
    return f"{top['ci'] or top['source']} — {_problem_detail(c, top)}"


def _problem_rows(c: Composer, problems: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            c.pick(SEVERITY_KO.get(p["severity"], p["severity"]), p["severity"]),
            p["ci"] or "-",
            c.pick(KIND_LABEL[p["kind"]]["ko"], KIND_LABEL[p["kind"]]["en"]),
            _problem_detail(c, p),
            _since(c, p),
            p["blast"],
            p["link"] or "",
        ]
        for p in problems
    ]


def _since(c: Composer, p: dict[str, Any]) -> str:
    """When the problem began; a breach that reaches back past what was read began before that."""
    if not p["since"]:
        return "-"
    since = local(p["since"], c.tz)
    return (
        c.pick(f"{since} 또는 그 이전", f"{since} or earlier") if p["details"].get("since_floor") else since
    )


def _upstream_blocks(
    c: Composer, upstream: list[dict[str, Any]], data: dict[str, Any]
) -> list[dict[str, Any]]:
    """The problems of what the scoped CIs depend on outside the scope, with who in the scope depends on
    each: a branch's kiosks can be fine while the payment link they all call is down."""
    if not upstream:
        return []
    worst, count = _worst(c, upstream), data.get("upstream_cis", 0)
    line = c.say(
        f"범위 밖이지만 이 CI들이 의존하는 CI {count}개에도 문제가 있습니다. 가장 심각한 것: {worst}",
        f"What these CIs depend on outside the scope has problems too, on {count} CIs. The worst: {worst}",
    )
    columns = [*COLUMNS["problems"][c.lang], c.pick("의존하는 범위 CI", "depended on by")]
    rows = [[*row, ", ".join(p["via"])] for row, p in zip(_problem_rows(c, upstream), upstream, strict=True)]
    return [line, {"type": "table", "columns": columns, "rows": rows}]


def _elsewhere_blocks(c: Composer, data: dict[str, Any]) -> list[dict[str, Any]]:
    """One line on the estate's problems outside a scope that has none (its worst few CIs): what the
    caller may be feeling instead ("고촌센터에서 전화왔어" while the trouble is in the cloud)."""
    elsewhere = data.get("elsewhere") or []
    if not elsewhere:
        return []
    names = list(dict.fromkeys(p["ci"] or p["source"] for p in elsewhere))[:MAX_ELSEWHERE_NAMED]
    count, listed = data.get("elsewhere_cis", 0), ", ".join(names)
    return [
        c.say(
            f"범위 밖에서는 CI {count}개에 문제가 있습니다 ({listed}). 가장 심각한 것: {_worst(c, elsewhere)}",
            f"Outside it, {count} CIs have problems ({listed}). The worst: {_worst(c, elsewhere)}",
        )
    ]


HEALTH_EVENT_SEVERITIES = ("critical", "major", "minor", "warning")


def health_verdict(c: Composer, results: list[dict[str, Any]]) -> dict[str, Any]:
    """One line first: the metrics past a threshold now and the warning-or-worse events of the health
    plan's window, or that there are none (with what was checked); led by yes or no when the question
    asked one ("X 지금 정상이야?" → "아니요. …")."""
    line, fine = _health_line(c, results)
    if fine is None or c.plan.intent not in ("health_ok", "health_trouble"):
        return line
    yes = fine if c.plan.intent == "health_ok" else not fine
    return {**line, "text": c.pick("예. " if yes else "아니요. ", "Yes. " if yes else "No. ") + line["text"]}


def _health_line(c: Composer, results: list[dict[str, Any]]) -> tuple[dict[str, Any], bool | None]:
    """The verdict line, and whether the CI is fine now (None: no metrics to judge by)."""
    by_tool = {step.tool: (step.args, data) for step, data in zip(c.plan.steps, results, strict=True)}
    (step_args, snapshot), (_, listed_events) = by_tool["metric_query"], by_tool["event_query"]
    ci = step_args["ci"]
    breaches = [
        f"{c.metric_label(r['metric'])} {fmt(r['value'], r['unit'])} "
        + c.pick(
            f"(임계값 {fmt(r['breach']['threshold'], r['unit'])} 이상, "
            f"{SEVERITY_KO.get(r['breach']['severity'], r['breach']['severity'])})",
            f"(threshold {fmt(r['breach']['threshold'], r['unit'])}, {r['breach']['severity']})",
        )
        for r in snapshot["rows"]
        if r.get("breach")
    ]
    events = [e for e in listed_events["rows"] if e.get("severity") in HEALTH_EVENT_SEVERITIES]
    if not snapshot["rows"]:
        return c.say(
            f"{ci}의 현재 메트릭이 없어 상태를 판단할 수 없습니다.",
            f"{ci} has no current metrics to judge by.",
        ), None
    if not breaches and not events:
        return c.say(
            f"{josa(ci, '은는')} 정상으로 보입니다: 임계값을 넘은 메트릭이 없고, 최근 24시간 경고 이상 이벤트도 없습니다.",
            f"{ci} looks healthy: no metric is past its threshold and no warning-or-worse event in the last 24 hours.",
        ), True
    if events:
        worst = min(events, key=lambda e: SEVERITY_RANK.get(e["severity"], 9))
        at = local(worst["ts"], c.tz)
        ko_events = f"최근 24시간 경고 이상 이벤트 {len(events)}건 (가장 심각: {at} {worst['severity']} {worst['type']})"
        en_events = (
            f"{len(events)} warning-or-worse events in the last 24 hours "
            f"(worst: {worst['severity']} {worst['type']} at {at})"
        )
    if not breaches:
        return c.say(
            f"{josa(ci, '은는')} 지금은 정상으로 보입니다 (임계값을 넘은 메트릭 없음). 다만 {ko_events}이 있었습니다.",
            f"{ci} looks fine now (no metric past its threshold), but had {en_events}.",
        ), True
    listed = ", ".join(breaches)
    return c.say(
        f"{ci}에 주의가 필요합니다: 지금 임계값 초과 {listed}" + (f"; {ko_events}" if events else "") + ".",
        f"{ci} needs attention: past a threshold now: {listed}" + (f"; {en_events}" if events else "") + ".",
    ), False
