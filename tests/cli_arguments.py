"""Command lines the CLI tests share."""

from __future__ import annotations

from pathlib import Path


def nmbrs_check_argv(endpoint: str, cache: Path, *extra: str) -> list[str]:
    """`check nmbrs` on the umbrella path against a fake at `endpoint`, WSDLs cached in `cache`."""
    return [
        "check",
        "nmbrs",
        "--username",
        "koppeling@example.nl",
        "--domain",
        "oamkb",
        "--path",
        "umbrella",
        "--endpoint",
        endpoint,
        "--wsdl-cache-dir",
        str(cache),
        *extra,
    ]
