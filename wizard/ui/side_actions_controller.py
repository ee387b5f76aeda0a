"""The side panel's actions: import an earlier registration, forget saved data, diagnostics.

Each asks the clerk first where it replaces or writes something, then tells the wizard what
changed. Texts stay in the MainWizard translation context, where they have always been.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, qVersion

from wizard import __version__
from wizard.core.message import Message, filled
from wizard.core.model import Step, WizardState
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.ui.file_filters import REGISTRATION_FILES, ZIP_FILES
from wizard.ui.save_location import documents_folder, in_documents

if TYPE_CHECKING:
    from wizard.core.registration_file import ImportedRegistration
    from wizard.ui.main_wizard import MainWizard

log = logging.getLogger("wizard.ui.main_wizard")


class SideActionsController(QObject):
    """Runs the side panel's import, forget and diagnostics actions for `wizard`."""

    def __init__(self, wizard: MainWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard

    def choose_import(self) -> None:
        # Lazy: a dialog type takes ~0.5 ms to create; this is built before the first paint.
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self.wizard,
            QCoreApplication.translate("MainWizard", "Import an earlier registration"),
            documents_folder(),
            REGISTRATION_FILES.shown(QCoreApplication.translate),
        )
        if chosen:
            self.request_import(Path(chosen))

    def request_import(self, path: Path) -> bool:
        """Import `path` as the clerk asked; first ask when it replaces progress on screen."""
        imported = self._read_registration(path)
        if imported is None:
            return False
        if self.wizard.session.has_progress() and not self._confirm_replace(path):
            return False
        self._apply_import(path, imported.state)
        return True

    def _confirm_replace(self, path: Path) -> bool:
        # Lazy: a dialog type takes ~0.5 ms to create; this is built before the first paint.
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.wizard,
            QCoreApplication.translate("MainWizard", "Import an earlier registration"),
            filled(
                QCoreApplication.translate(
                    "MainWizard",
                    "Importing {name} replaces your current progress ({summary}): every tick and "
                    "everything you typed. Tokens kept in the secure storage stay there. "
                    "Replace your progress?",
                ),
                name=path.name,
                summary=self.wizard.resuming.describe(self.wizard.state),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self, path: Path) -> bool:
        """Continue from an exported registration; a bad file is explained, nothing is lost."""
        imported = self._read_registration(path)
        if imported is None:
            return False
        self._apply_import(path, imported.state)
        return True

    def _read_registration(self, path: Path) -> ImportedRegistration | None:
        # Lazy: the registration file loads datetime and the schema, not before the first paint.
        from wizard.core.registration_file import RegistrationError, import_registration

        try:
            return import_registration(path)
        except RegistrationError as error:
            self.wizard.show_notice(error.with_fields())
            return None

    def _apply_import(self, path: Path, state: WizardState) -> None:
        state.language = self.wizard.state.language
        # The registration could only be made after the steps before it: tick them, and say so.
        # Lazy: proven_ticks loads datetime, which the start page does not need.
        from wizard.core.proven_ticks import ticks_proven_by_registration

        state.ticked_by_import = ticks_proven_by_registration(state, self.wizard.manual)
        state.ticked |= state.ticked_by_import
        # Go as far as the file allows: the first step it leaves unfinished.
        state.current_step = Step.SUMMARY
        self.wizard.tokens.keep_imported(state)
        self.wizard.load_state(state)
        self.wizard.tokens.register_secrets()
        self.wizard.show_notice(
            Message(
                "MainWizard",
                QT_TRANSLATE_NOOP(
                    "MainWizard",
                    "Imported {name}. The steps before the registration are ticked off; "
                    "you are at the first step that still needs something.",
                ),
                (("name", path.name),),
            )
        )
        log.info("registration imported", extra={"package": str(state.package)})

    def diagnostics_entries(self) -> list:
        """What the support bundle will hold; shown to the clerk before anything is written."""
        # Lazy: datetime and the support bundle (httpx) load after the first paint.
        from datetime import datetime

        from wizard.services.support_bundle import bundle_entries

        self.wizard.tokens.register_secrets()
        return bundle_entries(
            self.wizard.state,
            log_path=self.wizard.log_path,
            network_settings=self.wizard.check_config.settings(self.wizard.state.proxy_url),
            version=__version__,
            now=datetime.now().astimezone(),
            qt_version=qVersion(),
            manual=self.wizard.manual,
        )

    def choose_diagnostics_file(self) -> None:
        # Lazy: datetime is not needed before the first paint.
        from datetime import datetime

        # Lazy: a dialog type takes ~0.5 ms to create; this is built before the first paint.
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        entries = self.diagnostics_entries()
        listing = "\n".join(
            f"\N{BULLET} {entry.name}: "
            + QCoreApplication.translate("SupportBundle", entry.description)
            for entry in entries
        )
        answer = QMessageBox.question(
            self.wizard,
            QCoreApplication.translate("MainWizard", "Export diagnostics"),
            QCoreApplication.translate(
                "MainWizard",
                "The diagnostics file helps the support desk see what went wrong. It holds "
                "no tokens, passwords or employee data. This goes in:",
            )
            + "\n\n"
            + listing,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.wizard,
            QCoreApplication.translate("MainWizard", "Export diagnostics"),
            in_documents(f"salariskoppeling-diagnose-{datetime.now():%Y%m%d-%H%M}.zip"),
            ZIP_FILES.shown(QCoreApplication.translate),
        )
        if chosen:
            self.export_diagnostics(Path(chosen), entries)

    def export_diagnostics(self, path: Path, entries: list | None = None) -> bool:
        """Write the support bundle; a refusal is shown and nothing is lost."""
        # Lazy: the support bundle loads httpx, not before the first paint.
        from wizard.services.support_bundle import write_support_bundle

        try:
            write_support_bundle(
                path, entries if entries is not None else self.diagnostics_entries()
            )
        except OSError as error:
            reason = error.strerror or type(error).__name__
            self.wizard.show_notice(
                Message(
                    "MainWizard",
                    QT_TRANSLATE_NOOP(
                        "MainWizard", "The diagnostics file could not be saved as {path}: {reason}"
                    ),
                    (("path", str(path)), ("reason", reason)),
                )
            )
            return False
        self.wizard.show_notice(
            Message(
                "MainWizard",
                QT_TRANSLATE_NOOP("MainWizard", "Saved the diagnostics file as {path}."),
                (("path", str(path)),),
            )
        )
        return True

    def confirm_forget(self) -> None:
        # Lazy: a dialog type takes ~0.5 ms to create; this is built before the first paint.
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.wizard,
            QCoreApplication.translate("MainWizard", "Forget saved data"),
            QCoreApplication.translate(
                "MainWizard",
                "Remove the saved progress and every token this wizard stored in the secure "
                "storage of this computer? What is on screen now is cleared too.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.forget_saved_data()

    def forget_saved_data(self) -> None:
        """Remove progress and keyring entries, and start with an empty wizard."""
        wizard = self.wizard
        wizard.stop_autosave()
        notices = wizard.session.forget()
        if notices is not None:
            # One text whose {placeholders} are the notices, each worded when shown.
            message = Message.as_written(
                "\n".join(f"{{notice{index}}}" for index in range(len(notices))),
                *((f"notice{index}", notice) for index, notice in enumerate(notices)),
            )
        else:
            message = Message(
                "MainWizard",
                QT_TRANSLATE_NOOP("MainWizard", "The saved progress has been removed."),
            )
        wizard.resuming.clear_to_empty()
        wizard.show_notice(message)
