"""The since-when answer: since when a CI's metric has been past a bound, and past the stricter level it is
past now."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from services.infra.condition_runs import BRIEF_DIP, LOOKBACK
from services.ops.compose import CMP_WORDS, SEVERITY_KO, fmt, josa, local

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import MetricQueryArgs


SINCE_COLUMNS = {
    "ko": ["CI", "메트릭", "조건", "시작", "현재 값"],
    "en": ["ci", "metric", "condition", "since", "now"],
}


def _span(delta: timedelta, lang: str) -> str:
    """A duration in its two largest units ("2일 3시간", "2 d 3 h", "15 min")."""
    minutes = int(delta.total_seconds() // 60)
    days, hours, mins = minutes // 1440, minutes // 60 % 24, minutes % 60
    units = [(days, "일", "d"), (hours, "시간", "h"), (mins, "분", "min")]
    first = next((k for k, (n, _, _) in enumerate(units) if n), 2)
    shown = [f"{n}{ko}" if lang == "ko" else f"{n} {en}" for n, ko, en in units[first : first + 2] if n]
    return " ".join(shown) or ("1분 미만" if lang == "ko" else "under a minute")


def since_blocks(c: Composer, args: MetricQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    run, ci, label = data["run"], args.ci, c.metric_label(*args.needs("metric"))
    lookback = _span(LOOKBACK, c.lang)
    if run is None:
        return [
            c.say(
                f"최근 {lookback} 동안 {ci}의 {label} 데이터가 없습니다.",
                f"No {label} data for {ci} in the last {lookback}.",
            )
        ]
    if run.get("no_threshold"):
        return [
            c.say(
                f"{label}에는 기준이 되는 임계값이 없습니다. '{ci} {label} 언제부터 N 넘었어?'처럼 값을 넣어 물어보세요.",
                f"{label} has no threshold to measure from; ask 'since when has {ci} {label} been above N?'.",
            )
        ]
    unit, (ko_cmp, en_cmp) = data["unit"], CMP_WORDS[run["op"]]
    bound, now_value = fmt(run["bound"], unit), fmt(run["value"], unit)
    newest = local(run["ts"], c.tz)
    if run["holds"]:
        since, lasted = local(run["since"], c.tz), _span(run["ts"] - run["since"], c.lang)
        ko_since = f"최소 {since}(가장 오래된 데이터)부터" if run["whole_lookback"] else f"{since}부터"
        en_since = (
            f"at least since {since} (the oldest sample)" if run["whole_lookback"] else f"since {since}"
        )
        if run["dips"]:
            ko_since += f", {_span(BRIEF_DIP, 'ko')} 미만으로 잠깐 벗어난 {run['dips']}번을 빼면"
            en_since += f", apart from {run['dips']} dips shorter than {_span(BRIEF_DIP, 'en')}"
        text = c.pick(
            f"{ci}의 {josa(label, '은는')} {ko_since} 계속 {bound} {ko_cmp}입니다 ({lasted}째, {newest} 현재 {now_value}).",
            f"The {label} of {ci} has been {en_cmp} {bound} {en_since} ({lasted}; {now_value} as of {newest}).",
        )
    else:
        last = run["last_held"]
        ko_last = (
            f"마지막으로 {bound} {ko_cmp} 상태였던 때는 {local(last, c.tz)}입니다."
            if last
            else f"최근 {lookback} 동안 {bound} {ko_cmp} 상태인 적이 없습니다."
        )
        en_last = (
            f"It was last {en_cmp} {bound} at {local(last, c.tz)}."
            if last
            else f"It was not {en_cmp} {bound} at any time in the last {lookback}."
        )
        text = c.pick(
            f"{ci}의 {josa(label, '은는')} 지금 {bound} {josa(ko_cmp, '이가')} 아닙니다 ({newest} 현재 {now_value}). {ko_last}",
            f"The {label} of {ci} is not {en_cmp} {bound} now ({now_value} as of {newest}). {en_last}",
        )
    rows = [
        [
            ci,
            args.metric,
            f"{run['op']} {bound}",
            local(run["since"], c.tz) if run["since"] else "-",
            now_value,
        ]
    ]
    if worse := run.get("worse"):  # past a stricter level now: since when at that level too
        text += " " + _worse_since(c, worse)
        rows.append(
            [
                ci,
                args.metric,
                f"{worse['op']} {fmt(worse['bound'], unit)}",
                local(worse["since"], c.tz),
                now_value,
            ]
        )
    return [c.say(text, text), {"type": "table", "columns": SINCE_COLUMNS[c.lang], "rows": rows}]


def _worse_since(c: Composer, run: dict[str, Any]) -> str:
    """Since when the value has been past the stricter level it is past now."""
    bound, since = fmt(run["bound"], run["unit"]), local(run["since"], c.tz)
    lasted = _span(run["ts"] - run["since"], c.lang)
    level_ko, level_en = SEVERITY_KO.get(run["severity"], run["severity"]), run["severity"]
    if run["whole_lookback"]:
        return c.pick(
            f"{level_ko} 수준({bound}) 이상도 최소 {since}(가장 오래된 데이터)부터입니다.",
            f"It has been past the {level_en} level ({bound}) at least since {since} (the oldest sample).",
        )
    return c.pick(
        f"{level_ko} 수준({bound}) 이상은 {since}부터입니다 ({lasted}째).",
        f"It has been past the {level_en} level ({bound}) since {since} ({lasted}).",
    )
