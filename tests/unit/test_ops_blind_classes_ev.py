"""Classes of question found by blind batch 26 (ev-charge) and 27: each a class, never one question."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.ops.planner.timeparse import parse_window

AFTER_CHUSEOK = datetime(2026, 9, 30, 13, 40, tzinfo=UTC)  # Wednesday 22:40 in Seoul
SEOUL = ZoneInfo("Asia/Seoul")


@pytest.mark.parametrize(
    ("said", "first", "hours"),
    [
        ("추석날 밤 mqtt 에러율 최대 몇", "2026-09-25 18:00", 6),
        ("추석 전날 목요일 요청량 피크", "2026-09-24 00:00", 24),
        ("the day before Chuseok", "2026-09-24 00:00", 24),
        ("광복절에 cpu 어땠어", "2026-08-15 00:00", 24),
        ("on Christmas Day", "2025-12-25 00:00", 24),  # the most recent one up to today
        ("추석 연휴 동안 에러 제일 많았던거", "2026-09-24 00:00", 4 * 24),  # Thu–Sun: holidays and a weekend
    ],
)
def test_a_holiday_is_a_day_of_the_calendar(said: str, first: str, hours: int) -> None:
    window = parse_window(said, AFTER_CHUSEOK, "Asia/Seoul")[0]
    assert window is not None
    assert f"{window.start.astimezone(SEOUL):%Y-%m-%d %H:%M}" == first
    assert abs(window.hours - hours) < 0.01


def test_a_place_spelled_like_a_holiday_is_no_day() -> None:
    assert parse_window("신정동 지점 서버 cpu", AFTER_CHUSEOK, "Asia/Seoul")[0] is None


def test_a_holiday_after_today_is_last_years() -> None:
    window = parse_window("한글날 오후", AFTER_CHUSEOK, "Asia/Seoul")[0]
    assert window is not None
    assert window.start.astimezone(SEOUL).date().isoformat() == "2025-10-09"
    assert window.end - window.start <= timedelta(hours=12)
