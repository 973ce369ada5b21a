"""What every reading of a figure must satisfy, for the property and fuzz tests of numbers and extraction."""

from __future__ import annotations


def assert_bounds_ordered(value: float | None, low: float | None, high: float | None) -> None:
    """low <= value <= high for each pair that is given (None: not given)."""
    if value is not None and low is not None:
        assert low <= value, (low, value)
    if value is not None and high is not None:
        assert value <= high, (value, high)
    if low is not None and high is not None:
        assert low <= high, (low, high)
