"""The extra screenshots (employer import, batch check, re-check) render without error."""

from __future__ import annotations

from pathlib import Path

from wizard.translation import install_translators
from wizard.ui.screenshot_extras import render_extras


def test_the_extra_screenshots_render(qapp, tmp_path: Path) -> None:
    install_translators("nl")
    try:
        written = list(render_extras(tmp_path, "nl"))
    finally:
        install_translators("en")
    assert written and all(path.stat().st_size > 0 for path in written)
