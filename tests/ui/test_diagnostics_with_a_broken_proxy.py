"""The "Diagnose exporteren" button writes its file even with a malformed proxy variable.

Issue 15 §5: before, describing the environment's proxy raised ValueError on "http://[::1" and
nothing was written. Clicks the real side-panel button; only Qt's modal dialogs are answered.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from wizard.services.network_settings import NetworkSettings


def test_diagnostics_are_written_despite_a_malformed_proxy(
    qtbot, make_wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    monkeypatch.setenv("HTTPS_PROXY", "http://[::1")
    monkeypatch.setenv("HTTP_PROXY", "http://user:pw@[::1:8080")
    target = tmp_path / "diagnose.zip"
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Save
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "ZIP (*.zip)")
    )
    wizard = make_wizard()
    wizard.actions_panel.diagnostics_button.click()
    qtbot.waitUntil(target.exists, timeout=10000)
    with zipfile.ZipFile(target) as archive:
        network = json.loads(archive.read("netwerk.json"))
    assert network["https_proxy_in_use"] == "?"
    assert network["environment_proxies"]["HTTPS_PROXY"] == "?"
    assert network["request_deadline"] == NetworkSettings().request_deadline
    assert "pw" not in json.dumps(network)
