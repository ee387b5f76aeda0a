"""The product has no unused code (vulture; see tests/dead_code.py for what counts)."""

from __future__ import annotations

from tests.dead_code import unused_product_code


def test_the_product_has_no_dead_code() -> None:
    assert unused_product_code() == []
