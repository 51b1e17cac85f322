"""A metric line is broken where samples are missing, and the answer names the stretch: a straight
line across an outage would show values nobody measured."""

from datetime import UTC, datetime, timedelta

from services.ops.compose import Composer
from services.ops.compose_metric import gaps, line, said_gaps
from services.ops.plan import Plan, Route
from services.ops.planner.entities import EntityIndex

T0 = datetime(2026, 12, 3, 9, 50, tzinfo=UTC)


def _points(minutes: list[int]) -> list[dict]:
    return [{"ts": T0 + timedelta(minutes=m), "value": 30.0 + m % 7} for m in minutes]


def _composer(lang: str) -> Composer:
    return Composer(Plan(route=Route.AGGREGATE, lang=lang), EntityIndex(), "Asia/Seoul", T0)


def test_a_stretch_without_samples_breaks_the_line_and_is_said() -> None:
    points = _points([0, 5, 10, 15, 17, 55, 60])  # 10:07 → 10:45 KST has no samples
    assert gaps(points) == [(T0 + timedelta(minutes=17), T0 + timedelta(minutes=55))]
    trace = line(_composer("en"), "orders-db", points)
    assert len(trace["x"]) == len(points) + 1 and trace["y"][5] is None
    assert trace["x"][4] < trace["x"][5] < trace["x"][6]
    said = said_gaps(_composer("ko"), "orders-db", points)[0]["text"]
    assert said == "orders-db의 데이터가 없는 구간이 있습니다: 2026-12-03 19:07 KST ~ 2026-12-03 19:45 KST."


def test_evenly_spaced_samples_have_no_gap() -> None:
    points = _points(list(range(0, 60, 5)))
    assert gaps(points) == [] and said_gaps(_composer("en"), "orders-db", points) == []
    assert None not in line(_composer("en"), "orders-db", points)["y"]


def test_a_window_starting_before_the_first_sample_says_so() -> None:
    points = _points(list(range(20, 60, 5)))  # the window opens at T0, the samples at T0 + 20 min
    assert gaps(points, T0, T0 + timedelta(minutes=60)) == [(T0, T0 + timedelta(minutes=20))]
    said = said_gaps(_composer("en"), "orders-db", points, T0, T0 + timedelta(minutes=60))[0]["text"]
    assert said == "orders-db has no data for 2026-12-03 18:50 KST ~ 2026-12-03 19:10 KST."
