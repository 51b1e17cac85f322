"""Number formatting and Korean particles in composed answers."""

import pytest

from services.ops.compose import fmt, josa


@pytest.mark.parametrize(
    ("word", "pair", "expected"),
    [
        ("평균", "은는", "평균은"),
        ("위치", "은는", "위치는"),
        ("db-01", "은는", "db-01은"),
        ("web-02", "이가", "web-02가"),
        ("ip", "은는", "ip는"),
        ("warning", "은는", "warning은"),
        ("orders-db", "과와", "orders-db와"),
        ("19.38%", "이가", "19.38%가"),
    ],
)
def test_particle_follows_the_last_sound(word: str, pair: str, expected: str) -> None:
    assert josa(word, pair) == expected


def test_numbers_have_two_decimals_and_units() -> None:
    assert fmt(16.7675, "%") == "16.77%"
    assert fmt(335.62, "ms") == "335.62 ms"
    assert fmt(29, "") == "29"
    assert fmt(12.0, "req/s") == "12 req/s"
    assert fmt(None, "%") == "-"
