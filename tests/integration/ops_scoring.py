"""The golden scorer lives with Regression Watch (services/ops/golden_score.py); tests import it from here."""

from services.ops.golden_score import numbers as _numbers
from services.ops.golden_score import score

__all__ = ["_numbers", "score"]
