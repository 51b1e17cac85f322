"""Compose: tool results → answer blocks (text in the question's language, tables, charts, graphs).

Numbers are shown with two decimals and their unit; entity answers list CI names in a table column
and, for topology, a graph block.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from services.infra.attribute_filter import NOT_VALUE
from services.ops.plan import Plan
from services.ops.planner.entities import EntityIndex
from services.ops.strings_answers import DIRECT_TEXT, REJECT_TEXT
from services.ops.tools import ToolResult
from services.ops.tools.contracts import (
    CiLookupArgs,
    EventQueryArgs,
    GraphQueryArgs,
    MetricQueryArgs,
    RcaArgs,
    ToolArgs,
)

AGG_LABEL = {
    "avg": {"ko": "평균", "en": "average"},
    "max": {"ko": "최대", "en": "maximum"},
    "min": {"ko": "최소", "en": "minimum"},
    "sum": {"ko": "합계", "en": "total"},
    "count": {"ko": "샘플 수", "en": "sample count"},
    "p95": {"ko": "p95", "en": "p95"},
    "last": {"ko": "현재", "en": "current"},
}
CMP_WORDS = {  # a threshold comparison in words (ko, en)
    ">": ("초과", "above"),
    ">=": ("이상", "at or above"),
    "<": ("미만", "below"),
    "<=": ("이하", "at or below"),
}
FIELD_LABEL = {
    "cpu_cores": {"ko": "CPU 코어 수", "en": "number of CPU cores"},
    "memory_gb": {"ko": "메모리(GB)", "en": "memory (GB)"},
    "ip": {"ko": "IP 주소", "en": "IP address"},
    "os": {"ko": "운영체제", "en": "OS"},
    "version": {"ko": "버전", "en": "version"},
    "port": {"ko": "포트", "en": "port"},
    "owner": {"ko": "담당", "en": "owner"},
    "location": {"ko": "위치", "en": "location"},
    "status": {"ko": "상태", "en": "status"},
    "environment": {"ko": "환경", "en": "environment"},
    "type": {"ko": "유형", "en": "type"},
}
TYPE_LABEL = {
    "host": {"ko": "호스트", "en": "hosts"},
    "service": {"ko": "서비스", "en": "services"},
    "database": {"ko": "데이터베이스", "en": "databases"},
    "cache": {"ko": "캐시", "en": "caches"},
    "queue": {"ko": "큐", "en": "queues"},
    "load_balancer": {"ko": "로드밸런서", "en": "load balancers"},
    "storage": {"ko": "스토리지", "en": "storage"},
    "batch": {"ko": "배치 작업", "en": "batch jobs"},
    "network": {"ko": "네트워크 장비", "en": "network devices"},
}


_DIGIT_HAS_FINAL = {
    "0": True,
    "1": True,
    "2": False,
    "3": True,
    "4": False,
    "5": False,
    "6": True,
    "7": True,
    "8": True,
    "9": False,
}


def josa(word: str, pair: str) -> str:
    """`word` with the right Korean particle of `pair` ("은는", "이가", "을를", "과와") for its last sound."""
    last = word.rstrip()[-1:] or " "
    if "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28 != 0
    elif last.isdigit():
        final = _DIGIT_HAS_FINAL[last]
    elif last == "%":
        final = False  # 퍼센트
    else:  # Latin letters as Koreans read them: l, m, n, r (엘, 엠, 엔, 알) and -ng end in a consonant
        final = last.lower() in "lmnr" or word.lower().endswith("ng")
    return word + (pair[0] if final else pair[1])


def described_filters(filters: dict[str, Any] | None) -> str:
    """The CI filters as the answer states them: "type=host, os=windows-10-iot" ("all" without any)."""
    flat = {**(filters or {}), **((filters or {}).get("attributes") or {})}
    group = flat.pop("names", None)
    described = flat.pop("described", "")
    shown = [
        _filter_said(k, "|".join(map(str, v)) if isinstance(v, list) else str(v))
        for k, v in flat.items()
        if k != "attributes"
    ]
    if group:  # a group the question described: its words, then its CIs
        shown.append(f"'{described}' = {', '.join(group)}")
    return ", ".join(shown) or "all"


def _filter_said(key: str, value: str) -> str:
    """One filter as stated: "os=linux", "cores > 8", "engine≠mysql" (a value not wanted)."""
    if value.startswith(NOT_VALUE):
        return f"{key}≠{value.removeprefix(NOT_VALUE).strip()}"
    return f"{key} {value}" if value[:1] in "<>" else f"{key}={value}"


SEVERITY_KO = {"critical": "심각", "major": "주요", "minor": "경미", "warning": "경고", "info": "정보"}


def fmt(value: float | None, unit: str = "") -> str:
    """A number with two decimals (integers stay integers) and its unit."""
    if value is None:
        return "-"
    text = f"{value:,.0f}" if float(value).is_integer() and unit not in ("%", "ms") else f"{value:,.2f}"
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}".rstrip()


def plot_time(moment: datetime | str, tz: str) -> str:
    """A wall-clock time in `tz` that plotly reads as a date axis value."""
    moment = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return moment.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M:%S")


KO_COLUMNS = {
    "ci": "CI",
    "metric": "메트릭",
    "value": "값",
    "unit": "단위",
    "ts": "시각",
    "aggregate": "집계",
    "field": "항목",
    "filter": "조건",
    "count": "개수",
    "name": "이름",
    "type": "유형",
    "environment": "환경",
    "status": "상태",
    "owner": "담당",
    "location": "위치",
    "severity": "심각도",
    "message": "메시지",
    "step": "단계",
    "depth": "단계",
    "relation": "관계",
}


def local(moment: datetime | str, tz: str) -> str:
    moment = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return moment.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M %Z")


class Composer:
    """Builds blocks for one plan's results."""

    def __init__(self, plan: Plan, index: EntityIndex, tz: str, now: datetime) -> None:
        self.plan, self.index, self.tz, self.now, self.lang = plan, index, tz, now, plan.lang
        # questions to ask instead when the results answer nothing asked (the answer is then `unclear`)
        self.asks_instead: list[str] | None = None
        # the metric an answer is about when its question named none (the worst problem's): "since when?"
        self.subject_metric: str | None = None

    def say(self, ko: str, en: str) -> dict[str, Any]:
        return {"type": "text", "text": self.pick(ko, en)}

    def pick(self, ko: str, en: str) -> str:
        return ko if self.lang == "ko" else en

    def window(self, args: ToolArgs) -> str:
        """ "start ~ end" of a windowed step in the display timezone."""
        start, end = args.needs("start", "end")
        return f"{local(start, self.tz)} ~ {local(end, self.tz)}"

    def metric_label(self, metric: str) -> str:
        label = self.index.metric_labels.get(metric, {}).get(self.lang, metric)
        acronym = label[1:2].isupper()  # "CPU utilisation" keeps its capitals
        return label if self.lang == "ko" or acronym else label[:1].lower() + label[1:]

    def compose(self, results: list[ToolResult], args: list[ToolArgs]) -> list[dict[str, Any]]:
        """The blocks of the plan's results; `args`: each step's validated contract, as its tool got it."""
        if self.plan.route.value == "DIRECT":
            return [self.direct()]
        if self.plan.intent.startswith("compare"):
            from services.ops.compose_compare import compare_blocks  # it formats with this module's helpers

            blocks = compare_blocks(self, args, [r.data for r in results])  # type: ignore[arg-type]
        elif self.plan.intent == "period_compare":
            from services.ops.compose_compare import period_blocks

            blocks = period_blocks(self, args, [r.data for r in results])  # type: ignore[arg-type]
        else:
            blocks = []
            for step, step_args, result in zip(self.plan.steps, args, results, strict=True):
                handler = getattr(self, f"_{step.tool}")
                blocks += handler(step_args, result.data)
        if self.plan.intent.startswith("health"):  # "is X healthy?" wants a verdict before the figures
            from services.ops.compose_oncall import health_verdict

            blocks = [health_verdict(self, [r.data for r in results]), *blocks]
        if self.lang == "ko":  # Korean answers, Korean column headers
            for block in blocks:
                if block["type"] == "table":
                    block["columns"] = [KO_COLUMNS.get(c, c) for c in block["columns"]]
        return blocks

    def direct(self) -> dict[str, Any]:
        if self.plan.reason == "time":
            now_local = self.now.astimezone(ZoneInfo(self.tz))
            return self.say(
                f"지금은 {now_local:%Y년 %m월 %d일 %H시 %M분} ({self.tz})입니다. 답의 시각은 모두 {self.tz} 기준입니다.",
                f"It is {now_local:%Y-%m-%d %H:%M} ({self.tz}). Times in answers are all in {self.tz}.",
            )
        return self.say(**DIRECT_TEXT.get(self.plan.reason, DIRECT_TEXT["help"]))

    def rejection(self, reason_text: str | None = None) -> dict[str, Any]:
        if reason_text:
            return {"type": "text", "text": reason_text}
        text = REJECT_TEXT.get(self.plan.reason, REJECT_TEXT["unclear"])
        if self.plan.reason == "unplaced":
            understood, unused = self.plan.detail.split("|", 1)
            if not understood.strip():  # nothing but the words that could not be placed
                return self.say(
                    f"다음을 질문의 어디에 써야 할지 알 수 없습니다: {unused}. 아래처럼 다시 물어보세요.",
                    f"I could not place {unused} in an answer. Try asking it one of these ways.",
                )
            return self.say(
                f"이해한 것: {understood}. 다음을 질문의 어디에 써야 할지 알 수 없습니다: {unused}. "
                f"아래처럼 다시 물어보세요.",
                f"I understood: {understood}, but could not place {unused} in an answer. "
                f"Try asking it one of these ways.",
            )
        if self.plan.reason == "unclear" and self.plan.detail:  # a metric asked of no CI ("cpu 좀")
            return self.say(
                f"{self.plan.detail}을(를) 어느 CI에서 볼지 질문에 없습니다. CI 이름이나 종류를 넣거나 아래처럼 물어보세요.",
                f"The question names {self.plan.detail} but not which CI or kind of CI to read it on. "
                "Name one, or ask one of these:",
            )
        if self.plan.reason == "unknown_place":
            places, word = ", ".join(self.plan.suggestions), self.plan.detail
            ambiguous = len(self.plan.suggestions) < len(self.index.locations)
            return self.say(
                f"'{word}'에 해당하는 위치를 하나로 정할 수 없습니다. "
                + ("후보" if ambiguous else "이 환경의 위치")
                + f": {places}. 위치 이름으로 다시 물어보세요.",
                f"I could not place '{word}' on one location of this estate. "
                + ("Candidates" if ambiguous else "Known locations")
                + f": {places}. Ask again with one of them.",
            )
        if self.plan.reason in ("unknown_value", "ambiguous_value"):
            from services.ops.compose_checks import value_rejection

            return value_rejection(self)
        if self.plan.names_none():
            return self.say(
                f"'{self.plan.detail}'라는 CI가 없고, 이름이 비슷한 CI도 없습니다. 아래 질문으로 이름을 찾아보세요.",
                f"There is no CI named '{self.plan.detail}', nor one with a similar name. "
                "Find the name with a question below.",
            )
        if self.plan.reason == "unknown_ci" and self.plan.suggestions:
            names, word = " / ".join(self.plan.suggestions), self.plan.detail
            return self.say(
                f"'{word}'라는 CI가 없습니다. 혹시 {names} 중 하나인가요?",
                f"No CI named '{word}' — did you mean {names}?",
            )
        return self.say(
            text["ko"].format(detail=self.plan.detail), text["en"].format(detail=self.plan.detail)
        )

    # --- metric_query ----------------------------------------------------------------------------

    def _metric_query(self, args: MetricQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
        from services.ops.compose_metric import metric_blocks  # it formats with this module's helpers

        return metric_blocks(self, args, data)

    # --- ci_lookup -------------------------------------------------------------------------------

    def _ci_lookup(self, args: CiLookupArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
        from services.ops.compose_ci import ci_lookup_blocks  # it formats with this module's helpers

        return ci_lookup_blocks(self, data)

    # --- event_query -----------------------------------------------------------------------------

    def _event_query(self, args: EventQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
        from services.ops.compose_oncall import problems_blocks, timeline_blocks

        if data["op"] == "timeline":
            return timeline_blocks(self, args, data)
        if data["op"] == "problems":
            return problems_blocks(self, args, data)
        window = self.window(args)
        scope_ko = f"{args.ci}의 " if args.ci else ""
        scope_en = f" for {args.ci}" if args.ci else ""
        named = args.severity or (f"{args.min_severity}+" if args.min_severity else "")
        severity = f"{'/'.join(named) if isinstance(named, list) else named} " if named else ""
        if data.get("event_type"):  # none when the words were found in events of another type
            severity += f"{data['event_type'].replace('_', ' ')} "
        rows = [
            [local(r["ts"], self.tz), r["ci"], r["severity"], r["type"], r["message"]] for r in data["rows"]
        ]
        table = {"type": "table", "columns": ["ts", "ci", "severity", "type", "message"], "rows": rows}
        if data["op"] == "count":
            return [
                self.say(
                    f"{window} {scope_ko}{severity}이벤트는 {data['count']}건입니다.",
                    f"There were {data['count']} {severity}events{scope_en} ({window}).",
                ),
                table,
            ]
        words = " + ".join("/".join(group[:2]) for group in data.get("said") or args.said or [])
        if data.get("unsaid"):
            return [
                self.say(
                    f"{window} {scope_ko}{severity}이벤트 중 메시지에 '{words}'이(가) 있는 것은 없습니다. "
                    f"그 기간의 이벤트 {data['count']}건을 보여 드립니다.",
                    f"No {severity}event{scope_en} says '{words}' ({window}); "
                    f"these are all {data['count']} of its events then.",
                ),
                table,
            ]
        if args.said:  # "몇시에 끝났어": the events whose message says what was asked, the newest first
            first = data.get("earliest")  # "몇시에 시작했어" said by no message: the first of them
            shown = data["rows"][-1 if first else 0] if data["rows"] else None
            which_ko, which_en = (
                ("가장 이른 것은", "The earliest") if first else ("가장 최근은", "The newest")
            )
            at_ko = f" {which_ko} {local(shown['ts'], self.tz)}: {shown['message']}" if shown else ""
            at_en = f" {which_en} at {local(shown['ts'], self.tz)}: {shown['message']}" if shown else ""
            return [
                self.say(
                    f"{window} {scope_ko}{severity}이벤트 중 메시지에 '{words}'이(가) 있는 것 {data['count']}건입니다."
                    + at_ko,
                    f"{data['count']} {severity}events{scope_en} whose message says '{words}' ({window})."
                    + at_en,
                ),
                table,
            ]
        return [
            self.say(
                f"{window} {scope_ko}{severity}이벤트 {data['count']}건입니다.",
                f"{data['count']} {severity}events{scope_en} ({window}).",
            ),
            table,
        ]

    # --- graph_query -----------------------------------------------------------------------------

    def _graph_query(self, args: GraphQueryArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
        from services.ops.compose_graph import graph_blocks  # it formats with this module's helpers

        return graph_blocks(self, args, data)

    # --- rca -------------------------------------------------------------------------------------

    def _rca(self, args: RcaArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
        from services.ops.compose_rca import rca_blocks  # it formats with this module's helpers

        return rca_blocks(self, args, data)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return fmt(value)
    return "-" if value is None else str(value)
