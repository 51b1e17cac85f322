"""What counts as a mild rise: too weak to be a problem or a symptom worth explaining."""

import pytest

from services.ops.thresholds import mild_rise


@pytest.mark.parametrize(
    ("z", "peak", "mean", "warning", "mild"),
    [
        (5.4, 0.33, 0.18, 2.0, True),  # the blip: under twice its usual and half the warning level
        (5.4, 0.4, 0.18, 2.0, False),  # more than twice its usual
        (5.4, 1.2, 0.9, 2.0, False),  # past half the warning level
        (12.0, 0.33, 0.18, 2.0, False),  # too strong to be mild at any level
        (5.4, 0.33, 0.18, None, False),  # a metric with no known warning level
    ],
)
def test_mild_rise(z: float, peak: float, mean: float, warning: float | None, mild: bool) -> None:
    assert mild_rise(z, peak, mean, warning) is mild
