"""event_query: events of a CI or the estate in a window, listed or counted."""

from __future__ import annotations

import re
from typing import Any

from services.infra import event_queries, queries
from services.ops import oncall
from services.ops.planner.loanwords import sounds_like
from services.ops.tools import ToolContext, ToolResult, captured_sql, register
from services.ops.tools.contracts import EventQueryArgs

MAX_CHECKED = 50  # the CIs of a scope named in a "nothing wrong" answer
MAX_HEARD = 500  # events of the window read again for words written in Hangul as they sound
ENGLISH_WORD = re.compile(r"[a-z]+")
CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
STARTED = "started"  # the word of the start phase (planner.event_times.PHASES)


def _says(message: str, words: list[str]) -> bool:
    """Whether a message holds one of `words`, or an English word one of them spells in Hangul as it
    sounds ("스타일" in "style release")."""
    english = ENGLISH_WORD.findall(CAMEL_HUMP.sub(" ", message or "").lower())  # "createIndex": create index
    message = (message or "").lower()
    forms = {form for e in english for form in _forms(e)}
    return any(w.lower() in message or any(sounds_like(w, e) for e in forms) for w in words)


def _forms(word: str) -> set[str]:
    """An English word and the forms a loanword may take of it ("migrate" for 마이그레이션, "updates")."""
    forms = {word, word.removesuffix("s"), word.removesuffix("ed"), word.removesuffix("d")}
    return forms | ({f"{word[:-1]}ion"} if word.endswith("ate") else set())


def _heard(ctx: ToolContext, said: list[list[str]] | None, among: dict[str, Any]) -> list[dict[str, Any]]:
    """The events `among` selects whose messages say every group of `said`, a Hangul word also matching
    the English word it sounds like: read again when the words themselves matched nothing."""
    if not said or not any(re.search("[가-힣]", w) for group in said for w in group):
        return []
    rows = event_queries.events(ctx.session, **among, limit=MAX_HEARD)
    return [r for r in rows if all(_says(r["message"], group) for group in said)]


def _matching(ctx: ToolContext, filters: dict[str, Any]) -> set[str]:
    """Names of the CIs the filters select."""
    return {c["name"] for c in queries.search_cis(ctx.session, **filters, limit=10_000)[0]}


@register("event_query", EventQueryArgs)
def event_query(ctx: ToolContext, args: EventQueryArgs) -> ToolResult:
    if args.op == "timeline":
        ci, start, end = args.needs("ci", "start", "end")
        found = oncall.timeline(ctx.session, ci=ci, start=start, end=end)
        return ToolResult({"op": "timeline", **found}, [{"kind": "sql", "text": s} for s in found.pop("sql")])
    filters = args.filter_values()
    if args.op == "problems":
        (at,) = args.needs("at")
        scoped = _matching(ctx, filters) if filters else None
        found = oncall.estate_problems(ctx.session, now=at, cis=scoped)
        sql = found.pop("sql")
        checked = sorted(scoped)[:MAX_CHECKED] if scoped is not None else []  # "평택 DB 다 괜찮아?": which
        return ToolResult(
            {"op": "problems", "scope": filters, "checked": checked, "in_scope": len(scoped or ()), **found},
            [{"kind": "sql", "text": s} for s in sql],
        )
    start, end = args.needs("start", "end")
    max_rows = int(ctx.policy["max_rows"])
    limit = min(args.limit, max_rows) if args.limit else max_rows
    among: dict[str, Any] = {
        "ci": args.ci,
        "severity": args.severity,
        "start": start,
        "end": end,
        "event_type": args.event_type,
        "min_severity": args.min_severity,
    }
    with captured_sql(ctx.session) as statements:
        rows = event_queries.events(ctx.session, **among, limit=limit, said=args.said)
    if not rows:
        rows = _heard(ctx, args.said, among)[:limit]
    said = args.said
    earliest = False
    if not rows and said and len(said) > 1 and args.op == "list":
        # "when did the gh-ost cut-over start": the event says what was done, not always "started" — the
        # first of them then is when it started
        earliest = STARTED in said[0]
        said = [said[-1]]
        rows = (
            event_queries.events(ctx.session, **among, limit=limit, said=said)
            or _heard(ctx, said, among)[:limit]
        )
    event_type = args.event_type
    if not rows and said and event_type and args.ci is not None:
        # "백업 에이전트 업그레이드 몇시에 했어": a change whose message says the words, not a `backup` event
        untyped = {**among, "event_type": None}
        rows = event_queries.events(ctx.session, **untyped, limit=limit, said=said) or _heard(
            ctx, said, untyped
        )
        rows, event_type = (rows[:limit], None) if rows else (rows, event_type)
    unsaid = not rows and bool(said) and args.op == "list" and args.ci is not None
    if unsaid:  # "when were X's alarm limits changed?" of a message in Korean: X's events then, said so
        rows = event_queries.events(ctx.session, **among, limit=limit)
    if filters:
        allowed = _matching(ctx, filters)
        rows = [r for r in rows if r["ci"] in allowed]
    data = {
        "op": args.op,
        "rows": rows,
        "count": len(rows),
        "ci": args.ci,
        "severity": args.severity or (f"{args.min_severity}+" if args.min_severity else None),
        "event_type": event_type,
        "said": said,
        "unsaid": unsaid and bool(rows),  # no message said the words: the rows are all the CI's events
        "earliest": earliest and bool(rows),
    }
    return ToolResult(data, [{"kind": "sql", "text": sql} for sql in statements if "events" in sql])
