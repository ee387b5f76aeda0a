"""Fixtures shared by the service tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wizard.core.message import Translate


@pytest.fixture
def dutch(qapp: object) -> Iterator[Translate]:
    """The Dutch catalogue installed; yields the translate function the front ends pass."""
    from wizard.translation import install_translators, tr

    install_translators("nl")
    yield tr
    install_translators("en")
