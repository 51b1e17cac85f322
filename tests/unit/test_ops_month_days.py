"""Days a month's calendar names: its end ("월말에", "at month-end") and its payday ("월급날", "payday")."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from services.ops.planner.timeparse import parse_window

TZ = "Asia/Seoul"
FIRST_OF_JULY = datetime(2026, 7, 1, 5, 35, tzinfo=UTC)  # 14:35 in Seoul


def _day(said: str, now: datetime = FIRST_OF_JULY) -> str:
    window = parse_window(said, now, TZ)[0]
    assert window is not None, said
    return window.start.astimezone(ZoneInfo(TZ)).isoformat()[:10]


@pytest.mark.parametrize(
    "said", ["월말에 지급 보류된거 원인", "what failed at month-end?", "errors at the end of the month"]
)
def test_month_end_is_the_latest_last_day_of_a_month(said: str) -> None:
    assert _day(said) == "2026-06-30"


def test_month_end_said_on_the_last_day_is_today() -> None:
    last_day = datetime(2026, 6, 30, 3, 0, tzinfo=UTC)
    assert _day("월말에 에러 몇건?", last_day) == "2026-06-30"
    assert _day("errors at the end of last month", last_day) == "2026-05-31"


@pytest.mark.parametrize(
    "said", ["월급날 점심에 승인 타임아웃", "CPU at lunch on payday", "월급날 오전 에러율"]
)
def test_payday_is_the_latest_25th(said: str) -> None:
    assert _day(said) == "2026-06-25"


def test_a_day_said_with_payday_wins() -> None:
    assert _day("월급날(21일) 평균 요청량") == _day("payday (the 21st) errors") == "2026-06-21"


def test_month_end_as_a_business_word_names_no_day() -> None:
    assert parse_window("월말 정산 배치 몇시에 돌아?", FIRST_OF_JULY, TZ)[0] is None


def test_payday_asked_about_is_no_day() -> None:
    assert parse_window("월급날 며칠로 셋팅돼있어?", FIRST_OF_JULY, TZ)[0] is None
