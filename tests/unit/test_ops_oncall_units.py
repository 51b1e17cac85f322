"""On-call pure helpers: which problem rows the "what is wrong now" table shows."""

from services.ops.oncall import shown_problems


def _rows(*cis: str) -> list[dict]:
    return [{"ci": ci, "n": i} for i, ci in enumerate(cis)]


def test_every_ci_keeps_its_worst_row_before_any_second_row() -> None:
    # a, b, c have three rows each ahead of d's only row: a cap of 4 must still show d
    problems = _rows("a", "a", "a", "b", "b", "c", "c", "c", "d")
    shown = shown_problems(problems, 4)
    assert [p["ci"] for p in shown] == ["a", "b", "c", "d"]
    assert [p["n"] for p in shown] == [0, 3, 5, 8]  # each CI's first (worst) row, order kept


def test_spare_rows_go_to_the_worst_problems_in_order() -> None:
    shown = shown_problems(_rows("a", "a", "a", "b", "c"), 4)
    assert [p["n"] for p in shown] == [0, 1, 3, 4]
    assert shown_problems(_rows("a", "b"), 15) == _rows("a", "b")


def test_more_cis_than_the_cap_shows_the_worst_cis() -> None:
    assert [p["ci"] for p in shown_problems(_rows("a", "a", "b", "c", "d"), 2)] == ["a", "b"]
