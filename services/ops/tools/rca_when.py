"""When the trouble an RCA is asked about was, read again from what the question said: from the change it
blames (on the day said, else that time of day on another day), at the other reading of an hour said
without am/pm, or at the CI's nearest anomaly when the window said showed none."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from services.ops.rca import AFTER, BEFORE
from services.ops.rca_change import change_anchor, change_within
from services.ops.rca_scan import SCAN_LEAD
from services.ops.tools import ToolContext
from services.ops.tools.contracts import RcaArgs

NEAREST_ANALYSED = timedelta(hours=6)  # at most this close to an empty window, an anomaly is analysed instead
HALF_DAY = timedelta(hours=12)  # an hour said without am/pm: the reading half a day apart
CHANGE_SPAN = timedelta(hours=3)  # a scan this short from a change said at a clock time
CHANGE_REACH = timedelta(hours=24)  # a trouble blamed on a change may show this long after it ("어젯밤 배포")


def other_halves(ctx: ToolContext, at: datetime) -> tuple[timedelta, ...]:
    """The other reading of an hour said without am/pm: 12 hours earlier, and 12 hours later only while
    that is still the same day ("10월14일 5시반" read as 17:30 may be 05:30, never the 15th's)."""
    return (-HALF_DAY, HALF_DAY) if at.astimezone(ZoneInfo(ctx.tz)).hour < 12 else (-HALF_DAY,)


def after_change(ctx: ToolContext, args: RcaArgs) -> tuple[RcaArgs, datetime | None]:
    """A problem said to follow the CI's change: scanned from that change on — the one in the window said
    ("수욜 X 배포 후에"), else the one the version or time names, else the newest; with the change's time
    (None when none was found)."""
    if not args.after_change or args.ci is None:
        return args, None
    anchor = None
    if args.start and args.end:
        anchor = change_within(
            ctx.session, ci=args.ci, start=args.start, end=min(args.end, ctx.now), said=args.change_said
        )
    if anchor is None and (args.change_said or not (args.start and args.end)):  # "v3.2.0 배포하고 그날 새벽"
        anchor = change_anchor(ctx.session, ci=args.ci, at=args.at, now=ctx.now, said=args.change_said)
    if anchor is None:
        return args, None
    start, end = anchor
    return args.model_copy(update={"start": start, "end": end, "at": end}), start


def change_another_day(
    ctx: ToolContext, args: RcaArgs, result: dict[str, Any]
) -> tuple[RcaArgs, datetime] | None:
    """A change told at a clock time with no day ("22시5분에 설정 바꾸고 바로 터졌던데") after which
    nothing showed that day: the CI's newest change at that time of day on another day, scanned from it."""
    if not args.after_change or args.ci is None or result["hypotheses"] or result["onset"]:
        return None
    if not (args.start and args.end) or args.end - args.start > CHANGE_SPAN:  # a day's window: no clock time
        return None
    anchor = change_anchor(ctx.session, ci=args.ci, at=args.start, now=ctx.now, said=args.change_said)
    if anchor is None or anchor[0] == args.start:
        return None
    start, end = anchor
    return args.model_copy(update={"start": start, "end": end, "at": end}), start


def nearest_instead(ctx: ToolContext, args: RcaArgs, result: dict[str, Any]) -> RcaArgs | None:
    """A window in which the named CI showed nothing while its nearest anomaly began shortly before it
    ("Sunday morning" asked of a failure at 01:25 that day): the window around that anomaly instead."""
    nearest = result.get("nearest")
    if result["hypotheses"] or result["onset"] or nearest is None:
        return None
    if args.start and args.end:
        start, end = args.start, args.end
    elif args.hour_guessed:  # "토욜 10시반에 터진거": the time around that moment, in either half of the day
        start, end = args.at - BEFORE, args.at + AFTER
    else:
        return None
    # a trouble that began shortly before the window may be what was felt in it; one after it is another
    slack = min(NEAREST_ANALYSED, max(timedelta(hours=1), end - start))  # "아침": hours
    # "토욜 2시쯤" read as 14:00 while the trouble was at 02:00: the other half of the day was meant
    shifts = (timedelta(0), *other_halves(ctx, args.at)) if args.hour_guessed else (timedelta(0),)
    blamed_change = args.after_change and start <= nearest <= end + CHANGE_REACH  # "어젯밤 배포한거 때문에"
    if not blamed_change and not any(start + shift - slack <= nearest <= end + shift for shift in shifts):
        return None
    return args.model_copy(update={"start": nearest - SCAN_LEAD, "end": min(nearest + BEFORE, ctx.now)})
