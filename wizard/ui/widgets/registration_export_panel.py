"""Save the filled registration (aanmelding) as a file, with a plain word about the tokens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.check_fixes import combined_check
from wizard.core.message import filled
from wizard.core.model import WizardState
from wizard.core.paths import PATHS, chosen_path
from wizard.core.registration_file import (
    MSG_TOKENS_INCLUDED,
    RegistrationError,
    export_registration,
    tokens_left_out_notice,
)
from wizard.ui.file_filters import REGISTRATION_FILES


def error_text(error: RegistrationError) -> str:
    """A registration error in the clerk's language, with the fields it names."""
    return error.with_fields().shown(QCoreApplication.translate)


def suggested_name(state: WizardState) -> str:
    """A file name that says what the file is."""
    spec = chosen_path(state)
    # The summary is reached only on a chosen path; the first path's name is a safe fallback.
    return (spec or PATHS[0]).file_name


class RegistrationExportPanel(QWidget):
    """The tokens choice and the buttons that write the registration and its PDF."""

    def __init__(
        self,
        state: WizardState,
        write_pdf: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._write_pdf = write_pdf
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tokens_box = QCheckBox()
        # Without tokens by default: they go to a.s.r. through the web form, and a file with
        # live tokens is a liability once it is copied or e-mailed.
        self.tokens_box.setChecked(False)
        self.tokens_box.toggled.connect(self.retranslate)
        layout.addWidget(self.tokens_box)
        self.tokens_note = QLabel()
        self.tokens_note.setWordWrap(True)
        self.tokens_note.setObjectName("hintLabel")
        layout.addWidget(self.tokens_note)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._choose_registration_file)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self._choose_pdf_file)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("statusLabel")
        self.result.hide()
        layout.addWidget(self.result)
        # How to word the last result, so a language switch words it again.
        self._result_wording: Callable[[], str] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.tokens_box.setText(self.tr("Put the &tokens in the file as well"))
        if self.tokens_box.isChecked():
            note = QCoreApplication.translate("RegistrationFile", MSG_TOKENS_INCLUDED)
            useful = self.tr(
                "Useful only to continue on another computer of your own without typing the "
                "tokens again."
            )
            self.tokens_note.setText(f"{useful} {note}")
        else:
            self.tokens_note.setText(
                QCoreApplication.translate("RegistrationFile", tokens_left_out_notice(self.state))
            )
        self.save_button.setText(self.tr("&Save registration…"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        if self._result_wording is not None:
            text = self._result_wording()
            self.result.setText(text)
            self.result.setAccessibleName(text)

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _choose_registration_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save registration"),
            str(Path(self._folder()) / suggested_name(self.state)),
            REGISTRATION_FILES.shown(QCoreApplication.translate),
        )
        if chosen:
            self.save_registration(Path(chosen))

    def _choose_pdf_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(self._folder()) / Path(suggested_name(self.state)).with_suffix(".pdf").name),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            self.save_pdf(Path(chosen))

    def _show(self, wording: Callable[[], str], ok: bool) -> None:
        self._result_wording = wording
        text = wording()
        self.result.setText(text)
        self.result.setProperty("failed", not ok)
        self.result.setVisible(True)
        self.result.setAccessibleName(text)

    def save_registration(self, path: Path) -> bool:
        """Write the registration file; a refusal is shown and nothing typed is lost."""
        last = combined_check(self.state)
        try:
            export_registration(
                path,
                self.state,
                include_tokens=self.tokens_box.isChecked(),
                check=last[0] if last else None,
                check_time=last[1] if last else None,
                translate=QCoreApplication.translate,
            )
        except RegistrationError as error:
            refused = error  # `error` is unbound once the except clause ends
            self._show(lambda: error_text(refused), ok=False)
            return False
        except ValueError:
            self._show(
                lambda: self.tr("Choose a payroll package and account type first."), ok=False
            )
            return False
        with_tokens = self.tokens_box.isChecked()

        def saved() -> str:
            text = self.tr(
                "Saved the registration as {path}. The file is for your own records and to "
                "continue later; the details go to a.s.r. through its web form, not as a file."
            )
            text = filled(text, path=str(path))
            if with_tokens:
                text += " " + self.tr("It holds live tokens: never e-mail it.")
            return text

        self._show(saved, True)
        self._remember(path)
        return True

    def _remember(self, path: Path) -> None:
        # The closing page lists what was saved; Finish warns when nothing was.
        if str(path) not in self.state.saved_files:
            self.state.saved_files.append(str(path))

    def save_pdf(self, path: Path) -> bool:
        """Write the printable summary; a refusal is shown and nothing typed is lost."""
        try:
            self._write_pdf(path)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            self._show(
                lambda: filled(
                    self.tr("The PDF could not be saved as {path}: {reason}"),
                    path=str(path),
                    reason=reason,
                ),
                ok=False,
            )
            return False
        self._show(lambda: filled(self.tr("Saved the PDF as {path}."), path=str(path)), True)
        self._remember(path)
        return True
