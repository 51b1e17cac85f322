"""Labels, units and aliases of metrics an import brings that the catalog lacks, read off their names."""

import pytest

from services.infra.metric_names import aliases_of, labels_of, unit_of


@pytest.mark.parametrize(
    ("name", "labels", "unit"),
    [
        ("gpu_utilization", ("GPU 사용률", "GPU utilization"), "%"),
        ("active_power_mw", ("유효전력", "active power"), "MW"),  # a last part that is only a unit is no word
        ("wind_speed_ms", ("풍속", "wind speed"), "m/s"),  # a speed in `ms` is metres per second
        ("response_time_ms", ("response time", "response time"), "ms"),
        ("consumer_lag", ("컨슈머 랙", "consumer lag"), ""),
    ],
)
def test_a_new_metric_is_labelled_from_its_name(name: str, labels: tuple[str, str], unit: str) -> None:
    assert labels_of(name) == labels and unit_of(name) == unit


def test_a_measure_is_also_asked_by_its_everyday_words() -> None:
    korean, english = aliases_of("active_power_mw")
    assert {"유효전력", "출력", "발전량"} <= set(korean) and "active power" in english
    assert aliases_of("consumer_lag") == (["컨슈머 랙"], ["consumer lag"])
