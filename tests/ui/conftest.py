"""A real MainWizard on the offscreen platform, with its progress in a temporary folder."""

from __future__ import annotations

import pytest

from wizard.core.manual import shipped_manual
from wizard.core.progress_store import ProgressStore
from wizard.translation import install_translators
from wizard.ui.main_wizard import MainWizard


@pytest.fixture
def make_wizard(qtbot, tmp_path):
    created: list[MainWizard] = []

    def factory(language: str = "nl", folder=None, secrets=None, check_config=None) -> MainWizard:
        install_translators(language)
        store = ProgressStore(folder or tmp_path / "appdata")
        wizard = MainWizard(shipped_manual(), store, secrets=secrets, check_config=check_config)
        wizard.set_language(language)
        qtbot.addWidget(wizard)
        wizard.show()
        # See below: showing the start page asks for an autosave.
        wizard.stop_autosave()
        qtbot.waitExposed(wizard)
        # As the clerk gets it: the first frame drawn and the work that waits for it done.
        qtbot.waitUntil(lambda: wizard.first_frame_done)
        # The program offers saved progress before its window shows; a test offers it after
        # this returns. The empty start's autosave, 400 ms after showing, could otherwise land
        # first on a loaded machine and replace the progress the test is about to offer.
        wizard.stop_autosave()
        created.append(wizard)
        return wizard

    yield factory
    for wizard in created:
        wizard.pool.waitForDone(10000)
    install_translators("nl")
