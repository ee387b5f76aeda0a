"""Qt's own file dialog (the non-native one on Linux) speaks Dutch with the wizard.

The wizard loads Qt's qtbase_nl catalogue next to its own; build.spec ships it in the
frozen build (tests/test_build_spec.py). Without it, "Look in:" and "Files of type:" stay
English in an otherwise Dutch dialog; two labels qtbase_nl lacks come from the wizard's own
catalogue (wizard/ui/qt_dialog_texts.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from wizard.translation import install_translators
from wizard.ui.qt_dialog_texts import QT_FILE_DIALOG_TEXTS

ENGLISH = {"Look in:", "File name:", "Files of type:", "Open", "Save", "Cancel", "Detail View"}


def _texts(dialog: QFileDialog) -> set[str]:
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    texts = {widget.text().replace("&", "") for widget in widgets}
    texts |= {widget.toolTip() for widget in dialog.findChildren(QAbstractButton)}
    return {text for text in texts if text}


def test_the_non_native_file_dialog_is_dutch(qapp) -> None:
    try:
        install_translators("nl")
        dialog = QFileDialog(None, "Aanmelding opslaan")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        texts = _texts(dialog)
        assert "Zoeken in:" in texts
        assert "Bestanden van type:" in texts
        assert not texts & ENGLISH
        assert not texts & {text.replace("&", "") for text in QT_FILE_DIALOG_TEXTS}
        dialog.deleteLater()
    finally:
        install_translators("nl")


def test_the_english_dialog_stays_english(qapp) -> None:
    # The check above would pass vacuously if the labels were never read.
    try:
        install_translators("en")
        dialog = QFileDialog(None)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        assert "Look in:" in _texts(dialog)
        dialog.deleteLater()
    finally:
        install_translators("nl")
