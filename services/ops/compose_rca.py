"""Answer blocks for root-cause analysis: the likeliest cause and the propagation chain, or — when nothing
changed — thresholds the CI is still past and where the nearest anomaly was."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from services.ops.compose import SEVERITY_KO, described_filters, fmt, josa, local
from services.ops.compose_rca_verdicts import change_verdict, suspect_verdict

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import RcaArgs

MAX_TOLD = 80  # characters of an event's message told in the answer


def _no_cause_found(c: Composer, ci: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    """An analysis that found no cause answers no "why" (unless a threshold stays past: that standing
    condition is the answer): the answer is unclear, with the questions that can be answered (the
    nearest anomaly of `ci`, its events, what is wrong now), and where it should have looked."""
    near = local(data["nearest"], c.tz) if data.get("nearest") else None
    if not data.get("standing"):
        c.asks_instead = [
            *([c.pick(f"{near} 전후 {ci} 원인은?", f"why was {ci} slow around {near}?")] if near else []),
            c.pick(
                f"{ci}에 최근 24시간 동안 무슨 일 있었어?", f"what happened to {ci} in the last 24 hours?"
            ),
            c.pick("지금 뭐가 문제야?", "what is wrong right now?"),
        ]
    if not near:
        return []
    return [
        c.say(
            f"가장 가까운 이상 징후는 {near}에 시작됐습니다. '{near} 전후 {ci} 원인은?'으로 물어보세요.",
            f"The nearest anomaly of {ci} began at {near}; ask 'why was {ci} slow around {near}?'.",
        )
    ]


def _nothing_to_explain(c: Composer, group: list[str]) -> None:
    """No CI of those looked at was in trouble then: no "why" is answered (unclear), and what can be asked
    instead is offered (what happened to the first of them, what is wrong now)."""
    c.asks_instead = [
        *(
            [
                c.pick(
                    f"{group[0]}에 최근 24시간 동안 무슨 일 있었어?",
                    f"what happened to {group[0]} in the last 24 hours?",
                )
            ]
            if group
            else [c.pick("최근 24시간 동안 무슨 일 있었어?", "what happened in the last 24 hours?")]
        ),
        c.pick("지금 뭐가 문제야?", "what is wrong right now?"),
    ]


def _standing_hint(c: Composer, data: dict[str, Any]) -> list[dict[str, Any]]:
    """Thresholds past at the analysed moment with no change against the baseline: say so, since
    "no anomaly" alone would read as "nothing is wrong"."""
    standing = data.get("standing") or []
    if not standing:
        return []
    items = [
        f"{b['ci']} {c.metric_label(b['metric'])} {fmt(b['value'], b['unit'])} "
        + c.pick(
            f"(임계값 {fmt(b['threshold'], b['unit'])} 이상, {SEVERITY_KO.get(b['severity'], b['severity'])})",
            f"(threshold {fmt(b['threshold'], b['unit'])}, {b['severity']})",
        )
        for b in standing
    ]
    listed = ", ".join(items)
    return [
        c.say(
            f"다만 임계값을 넘은 상태입니다: {listed}. 평소 수준과 같아 새로 생긴 변화가 아니라 "
            f"지속되는 상태로 보입니다.",
            f"Still past a threshold: {listed}. Unchanged against the usual level, so a standing "
            f"condition rather than a new change.",
        )
    ]


def _group_read(c: Composer, args: RcaArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    """How a problem named by what the CIs do ("체크인", "간편인증") was placed: the CIs matching it, and
    the one in trouble that is analysed, or that none of them was."""
    if args.ci or (args.filters is None and not args.among):
        return []
    group = data.get("group") or []
    if args.among and data.get("matched_by") == ", ".join(args.among):  # "the A and B timeouts": named
        ko_what, en_what = "질문에 나온", "named in the question"
    elif args.among:
        words = str(data.get("matched_by") or "")
        ko_what = f"기록(설명 등)에 '{words}'{josa(words, '이가')[-1]} 있는"
        en_what = f"whose records mention '{words}'"
    elif not args.filter_values():  # a problem named by nothing: the CI in the most trouble of them all
        return _estate_read(c, args, data, int(data.get("group_size") or len(group)))
    else:
        described = described_filters(args.filter_values())
        ko_what, en_what = f"조건({described})에 맞는", f"matching {described}"
    listed = ", ".join(group[:8]) + (" …" if len(group) > 8 else "")
    if not group:
        return [c.say(f"{ko_what} CI가 없습니다.", f"No CI {en_what}.")]
    if data.get("ci") is None:
        when = c.window(args) if args.start and args.end else local(args.at, c.tz)
        _nothing_to_explain(c, group)
        return [
            c.say(
                f"{ko_what} CI {len(group)}개({listed}) 중 {when}에 이상 징후를 보인 CI가 없습니다.",
                f"None of the {len(group)} CIs {en_what} ({listed}) showed an anomaly at {when}.",
            )
        ]
    if widened := data.get("widened"):
        when = c.window(args) if args.start and args.end else local(args.at, c.tz)
        ko_where, en_where = (
            ("그 CI들이 의존하는 CI", "what they depend on")
            if widened == "dependencies"
            else ("전체 CI", "the whole estate")
        )
        return [
            c.say(
                f"{ko_what} CI {len(group)}개({listed}) 중 {when}에 이상 징후를 보인 CI가 없어, 그때 {ko_where} 중 "
                f"이상 징후가 가장 큰 {josa(data['ci'], '을를')} 분석했습니다. 질문한 문제와 무관할 수 있습니다.",
                f"None of the {len(group)} CIs {en_what} ({listed}) showed an anomaly at {when}, so the CI with "
                f"the strongest anomaly in {en_where} then, {data['ci']}, was analysed; it may be unrelated to "
                "the problem asked about.",
            )
        ]
    if len(group) == 1:
        return [
            c.say(
                f"{ko_what} CI {josa(data['ci'], '을를')} 분석했습니다.",
                f"Analysed {data['ci']}, the one CI {en_what}.",
            )
        ]
    return [
        c.say(
            f"{ko_what} CI {len(group)}개({listed}) 중 이상 징후를 보인 {josa(data['ci'], '을를')} 분석했습니다.",
            f"Of the {len(group)} CIs {en_what} ({listed}), {data['ci']} showed the problem; analysed it.",
        )
    ]


def _estate_read(c: Composer, args: RcaArgs, data: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """How a problem the question named no CI for was placed: the CI with the strongest anomaly of all."""
    when = c.window(args) if args.start and args.end else local(args.at, c.tz)
    if unmatched := data.get("unmatched"):  # the words named no record: the estate at that time instead
        if not data.get("ci"):
            _nothing_to_explain(c, [])
        return [
            c.say(
                f"'{unmatched}'에 해당하는 CI를 기록에서 찾지 못해 {when}의 전체 CI {count}개를 살폈습니다."
                + (
                    f" 이상 징후가 가장 큰 {josa(data['ci'], '을를')} 분석했습니다."
                    if data.get("ci")
                    else " 이상 징후를 보인 CI가 없습니다."
                )
                + " 다른 CI를 보려면 이름을 말해 주세요.",
                f"No CI's records match '{unmatched}', so all {count} CIs were checked at {when}"
                + (
                    f"; {data['ci']} showed the strongest anomaly and was analysed."
                    if data.get("ci")
                    else "; none showed an anomaly."
                )
                + " Name a CI to look at another.",
            )
        ]
    if data.get("ci") is None:
        _nothing_to_explain(c, [])
        return [
            c.say(
                f"질문이 CI를 특정하지 않아 전체 CI {count}개를 살폈지만 {when}에 이상 징후를 보인 CI가 없습니다.",
                f"The question named no CI, so all {count} CIs were checked: none showed an anomaly at {when}.",
            )
        ]
    return [
        c.say(
            f"질문이 CI를 특정하지 않아 전체 CI {count}개 중 이상 징후가 가장 큰 {josa(data['ci'], '을를')} "
            "분석했습니다. 다른 CI를 보려면 이름이나 하는 일을 말해 주세요.",
            f"The question named no CI, so of all {count} CIs the one with the strongest anomaly, "
            f"{data['ci']}, was analysed; name a CI or what it does to look at another.",
        )
    ]


def rca_blocks(c: Composer, args: RcaArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    if scanned := data.get("scanned"):  # scanned from the change or occasion, not the plan's moment
        start, end = (datetime.fromisoformat(t) for t in scanned)
        args = args.model_copy(update={"start": start, "end": end, "at": end})
    read = [
        *_occasion_read(c, data),
        *_latest_read(c, data),
        *_caller_read(c, data),
        *_group_read(c, args, data),
    ]
    if read and data.get("ci") is None:
        return read
    return [*read, *_analysis(c, args, data)]


def _latest_read(c: Composer, data: dict[str, Any]) -> list[dict[str, Any]]:
    """That a trouble told in the past with no time was placed by the CI's latest failure on record."""
    if not (latest := data.get("latest_trouble")):
        return []
    when, told, ci = local(latest["ts"], c.tz), latest["message"][:MAX_TOLD], data.get("ci")
    if asked := latest.get("asked"):  # "새벽에 터진거": the part of the day asked, then its latest trouble
        span = f"{local(asked[0], c.tz)} ~ {local(asked[1], c.tz)}"
        return [
            c.say(
                f"{span}에는 {ci}에 뚜렷한 이상 징후가 없어, 같은 시간대에 기록된 가장 최근 장애({when}: {told})를"
                " 분석했습니다.",
                f"{ci} showed nothing unusual in {span}, so its latest trouble on record at that time of day"
                f" ({when}: {told}) is analysed.",
            )
        ]
    return [
        c.say(
            f"지금 {ci}에는 뚜렷한 이상 징후가 없어, 기록된 가장 최근 장애({when}: {told})를 분석했습니다.",
            f"{ci} shows nothing unusual now, so its latest trouble on record ({when}: {told}) is analysed.",
        )
    ]


def _caller_read(c: Composer, data: dict[str, Any]) -> list[dict[str, Any]]:
    """That the changed CI showed nothing after its change, so what depends on it was analysed."""
    if not (changed := data.get("changed_ci")):
        return []
    ci = data.get("ci")
    return [
        c.say(
            f"{changed}에는 변경 후 뚜렷한 이상 징후가 없어, {josa(changed, '을를')} 사용하는 CI 중 이상 징후가 "
            f"가장 큰 {josa(str(ci), '을를')} 분석했습니다.",
            f"{changed} shows nothing unusual after its change, so of the CIs that use it the one in the most "
            f"trouble, {ci}, is analysed.",
        )
    ]


def _occasion_read(c: Composer, data: dict[str, Any]) -> list[dict[str, Any]]:
    """Which events placed the occasion the question named ("호우때": the heavy-rain warning at 15:00)."""
    if not (placed := data.get("occasion")):
        return []
    if recorded := placed.get("attribute"):  # "billing_day": "매월 18일"
        on = f"{recorded['ci']}.{recorded['key']} = {recorded['value']}"
        return [
            c.say(
                f"'{placed['said']}'{josa(placed['said'], '은는')[-1]} 기록된 날짜로 잡았습니다 ({on}).",
                f"'{placed['said']}' is placed by the day on record ({on}).",
            )
        ]
    if rose := placed.get("metric"):  # "cpu 튀었을때": the CI's metric rising placed it
        at, label = local(rose["onset"], c.tz), c.metric_label(rose["metric"])
        return [
            c.say(
                f"'{placed['said']}'{josa(placed['said'], '은는')[-1]} 최근 14일 중 {rose['ci']}의 {label} "
                f"이상이 가장 컸던 때({at} 시작)로 잡았습니다.",
                f"'{placed['said']}' is placed by the strongest {label} anomaly of {rose['ci']} in the last "
                f"14 days (from {at}).",
            )
        ]
    first, more = placed["first"], placed["count"] - 1
    told = f"{first['ci']}: {first['message'][:MAX_TOLD]}"
    return [
        c.say(
            f"'{placed['said']}'{josa(placed['said'], '은는')[-1]} {local(first['ts'], c.tz)} 이벤트로 "
            f"시점을 잡았습니다 ({told}" + (f" 외 {more}건" if more else "") + ").",
            f"'{placed['said']}' is placed by the event at {local(first['ts'], c.tz)} ({told}"
            + (f", and {more} more" if more else "")
            + ").",
        )
    ]


def _analysis(c: Composer, args: RcaArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    if other := data.get("other_half"):  # "8시" with no half of the day: nothing at 08:00, trouble at 20:00
        asked, read = local(args.at, c.tz), local(other, c.tz)
        return [
            c.say(
                f"{asked}에는 이상 징후가 없어 12시간 차이인 {read}로 읽었습니다.",
                f"Nothing was wrong at {asked}, so the time was read as {read}, 12 hours apart.",
            ),
            *_ranked_causes(c, args, data),
        ]
    if not data.get("shifted_to"):
        return _ranked_causes(c, args, data)
    ci, when = str(data.get("ci") or args.ci), c.window(args)
    return [
        c.say(
            f"{when} 동안 {ci}에서 뚜렷한 이상 징후를 찾지 못해, 그 전후로 가장 가까운 이상 징후를 분석했습니다.",
            f"No clear anomaly of {ci} in {when}; its nearest anomaly around then is analysed instead.",
        ),
        *_ranked_causes(c, args, data),
    ]


def _ranked_causes(c: Composer, args: RcaArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    ci = str(data.get("ci") or args.ci)
    if not data.get("change_missing"):
        return _causes(c, args, data)
    return [  # "X 배포하고 나서 느려졌는데": no such change on record, so the time analysed is said
        c.say(
            f"{ci}의 최근 배포·변경 기록을 찾지 못해, {local(args.at, c.tz)} 기준으로 분석했습니다.",
            f"No recent deploy or change of {ci} is on record, so {local(args.at, c.tz)} was analysed.",
        ),
        *_causes(c, args, data),
    ]


def _causes(c: Composer, args: RcaArgs, data: dict[str, Any]) -> list[dict[str, Any]]:
    hypotheses, ci = data["hypotheses"], str(data.get("ci") or args.ci)
    if (args.start and args.end) or data.get("onset"):  # a window scanned, or a problem still on
        if data.get("onset") is None:
            when = c.window(args)
            blocks = [
                c.say(
                    f"{when} 동안 {ci}에서 뚜렷한 이상 징후를 찾지 못했습니다.",
                    f"No clear anomaly of {ci} in {when}.",
                )
            ]
            return [*blocks, *_standing_hint(c, data), *_no_cause_found(c, ci, data)]
        when = local(data["onset"], c.tz)
        ko_when, en_when = f"{when}부터 시작된", f"that began at {when}"
    else:
        when = local(data.get("other_half") or args.at, c.tz)
        ko_when, en_when = f"{when} 전후", f"around {when}"
    if not hypotheses and data.get("onset") is not None:  # its own trouble, nothing upstream changed
        return [
            c.say(
                f"{ci}의 문제는 {when}에 시작됐지만, 그 전후로 {josa(ci, '이가')} 의존하는 CI에서는 "
                f"원인으로 볼 변화를 찾지 못했습니다. {ci} 자체를 살펴보세요.",
                f"The {ci} problem began at {when}, but nothing {ci} depends on changed around then: "
                f"look at {ci} itself.",
            ),
            *_standing_hint(c, data),
        ]
    if not hypotheses:
        return [
            c.say(
                f"{ko_when} {josa(ci, '과와')} 의존 CI에서 뚜렷한 이상 징후를 찾지 못했습니다.",
                f"No clear anomaly {en_when} in {ci} or what it depends on.",
            ),
            *_standing_hint(c, data),
            *_no_cause_found(c, ci, data),
        ]
    top = hypotheses[0]
    chain = " → ".join(f"{c['ci']} ({c['clock']})" for c in data.get("chain") or [])
    if top.get("linked", True):
        said = c.say(
            f"{ko_when} {ci} 문제의 가장 유력한 원인은 {top['ci']}입니다: {top['cause']}",
            f"The most likely cause of the {ci} problem {en_when} is {top['ci']}: {top['cause']}",
        )
    else:  # an anomaly elsewhere at the time, not reaching `ci` through CIs in trouble: weak evidence
        said = c.say(
            f"{ko_when} {ci} 문제로 이어지는 원인은 의존 경로에서 찾지 못했습니다. 같은 때 이상이 있던 곳은 "
            f"{top['ci']}입니다({top['cause']}). 다만 그 사이 CI들은 정상이라 관련이 없을 수 있습니다.",
            f"Nothing on the dependency path explains the {ci} problem {en_when}. {top['ci']} was anomalous "
            f"at the time ({top['cause']}), but the CIs between them were healthy, so it may be unrelated.",
        )
    blocks = [said, *change_verdict(c, ci, top, data), *suspect_verdict(c, args, hypotheses)]
    if len(data.get("chain") or []) > 1:
        blocks.append(c.say(f"전파 경로(원인 → 영향): {chain}", f"Propagation (root → victims): {chain}"))
    return [*blocks, {"type": "rca", "hypotheses": hypotheses, "chain": data.get("chain") or []}]
