"""Check an existing link again: choose a saved registration, check every login in it, see a
row per login with the way to each fix. Each run is recorded in the file with its date."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.message import filled
from wizard.core.model import WizardState
from wizard.core.registration_file import (
    ImportedRegistration,
    RegistrationError,
    import_registration,
)
from wizard.services.registration_recheck import RecheckResult, find_tokens, record_runs
from wizard.ui.file_filters import REGISTRATION_FILES
from wizard.ui.save_location import documents_folder
from wizard.ui.widgets.login_batch_panel import LoginBatchPanel
from wizard.ui.widgets.registration_export_panel import error_text

if TYPE_CHECKING:
    from wizard.services.secret_store import SecretStore
    from wizard.ui.live_check_config import LiveCheckConfig


class RecheckDialog(QDialog):
    """The re-check of a saved registration, opened from the start page."""

    # The clerk chose a row's fix: the registration file and the step that fixes it.
    fix_requested = Signal(object, object)

    def __init__(
        self,
        check_config: LiveCheckConfig,
        pool: QThreadPool,
        secrets: SecretStore | None,
        *,
        proxy_url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recheckDialog")
        self.check_config = check_config
        self.secrets = secrets
        self.proxy_url = proxy_url
        self.path: Path | None = None
        self.imported: ImportedRegistration | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton()
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        # File names and a damaged file's values are text, never markup.
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.hide()
        layout.addWidget(self.history_label)
        self.panel = LoginBatchPanel(WizardState(), pool)
        self.panel.check_button.setEnabled(False)
        self.panel.check_button.clicked.connect(self.run_check)
        self.panel.fix_requested.connect(self._on_fix)
        layout.addWidget(self.panel, 1)
        self.record_label = QLabel()
        self.record_label.setWordWrap(True)
        self.record_label.setTextFormat(Qt.TextFormat.PlainText)
        self.record_label.hide()
        layout.addWidget(self.record_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 540)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Check an existing link again"))
        self.intro.setText(
            self.tr(
                "Choose the registration file you saved. The wizard checks every login in it "
                "again, with the tokens from the file or from this computer's secure storage, "
                "and records the result with its date in the file."
            )
        )
        self.choose_button.setText(self.tr("&Choose a registration file…"))
        if self.path is None:
            self.file_label.setText(self.tr("No file chosen yet."))
        self.panel.check_button.setText(self.tr("Check &again"))
        self.panel.retranslate()

    def choose_file(self) -> None:
        """Ask for the registration file, then check it at once."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a registration file"),
            documents_folder(),
            REGISTRATION_FILES.shown(QCoreApplication.translate),
        )
        if chosen and self.load(Path(chosen)):
            self.run_check()

    def load(self, path: Path) -> bool:
        """Read `path`; a file that cannot be used says why next to the button."""
        try:
            imported = import_registration(path)
        except RegistrationError as error:
            # With the fields a damaged file gets wrong, one line each.
            self.file_label.setText(error_text(error))
            self.panel.check_button.setEnabled(False)
            return False
        # Another file while a check runs: that check is dropped, so its answers never land
        # in this file's state or get recorded in it.
        self.panel.abandon()
        self.path, self.imported = path, imported
        self.panel.state = imported.state
        self.file_label.setText(path.name)
        self.panel.check_button.setEnabled(True)
        self._show_history(imported)
        return True

    def _show_history(self, imported: ImportedRegistration) -> None:
        lines = []
        if imported.check_time is not None:
            moment = imported.check_time.strftime("%d-%m-%Y %H:%M")
            lines.append(
                filled(self.tr("Last check recorded in the file: {moment}."), moment=moment)
            )
        passed = [moment for moment in imported.state.last_passed.values()]
        if passed:
            moment = max(passed).strftime("%d-%m-%Y %H:%M")
            lines.append(
                filled(self.tr("Last time a login was all good: {moment}."), moment=moment)
            )
        self.history_label.setText(" ".join(lines))
        self.history_label.setVisible(bool(lines))

    def run_check(self) -> None:
        """Check every login of the chosen registration."""
        if self.imported is None or self.panel.busy:
            return
        logins = find_tokens(
            self.imported.state,
            tokens_in_file=not self.imported.tokens_left_out,
            secrets=self.secrets,
        )
        self.record_label.hide()
        self.panel.start(
            logins,
            self.check_config,
            sandbox=False,
            proxy_url=self.proxy_url,
            on_result=self._record,
        )

    def _record(self, result: RecheckResult) -> None:
        if self.path is None or self.imported is None or not result.runs:
            return
        problem = record_runs(self.path, self.imported, QCoreApplication.translate)
        if problem is None:
            text = self.tr("The result is recorded in {file}, with its date.")
            text = filled(text, file=self.path.name)
        else:
            # The check stays on screen; the reason says what to do about the file.
            reason = error_text(problem)
            text = self.tr("The result could not be recorded in {file}: {reason}")
            text = filled(text, file=self.path.name, reason=reason)
        self.record_label.setText(text)
        self.record_label.show()

    def _on_fix(self, step: object, _subject: str) -> None:
        if self.path is not None:
            self.fix_requested.emit(self.path, step)

    def done(self, result: int) -> None:
        # Closed (Close, Escape, or continuing at a fix): a check still running is stopped and
        # its answers dropped, never recorded or shown in a window that is gone. The dialog is
        # deleted; opening the re-check again makes a new one.
        self.panel.abandon()
        super().done(result)
        self.deleteLater()
