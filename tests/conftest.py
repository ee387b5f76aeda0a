"""Test-wide set-up: headless Qt, and no test ever touches a real keychain or the internet."""

from __future__ import annotations

import os

# Loopback fakes and keyring fixtures, available to every test.
pytest_plugins = [
    "tests.fakes.afas_fixtures",
    "tests.fakes.keyring_fixtures",
    "tests.fakes.nmbrs_fixtures",
]

# Must be set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The null backend makes any accidental keyring use harmless; tests that need a keyring install
# an in-memory backend or start their own Secret Service.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
# No proxy from the developer's environment may redirect loopback test traffic.
for _name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
    os.environ.pop(_name, None)
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
