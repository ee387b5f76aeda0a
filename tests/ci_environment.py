"""What the test run may expect of its machine: CI must have what a developer may lack."""

from __future__ import annotations

import os

import pytest

# The Windows release runner checks out the repository alone: the manuals and Nmbrs' WSDL
# copies in ../shared are not there, so it sets this to skip, loudly, what needs them.
SHARED_ABSENT_OK = "WIZARD_SHARED_ABSENT_OK"


def running_in_ci() -> bool:
    """True when the CI variable is set to anything but an empty or false value."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_shared_copy(present: bool, reason: str) -> None:
    """Skip loudly when a ../shared copy is missing; under CI that is a failure.

    Never a silent pass: a fresh clone has no ../shared, but Linux CI has it beside the clone.
    """
    if present:
        return
    if running_in_ci() and not os.environ.get(SHARED_ABSENT_OK):
        pytest.fail(f"{reason} (CI is set)", pytrace=False)
    pytest.skip(reason)
