"""Before the wizard closes: say what would be lost, and let the clerk stay.

Texts stay in the MainWizard translation context, where they have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wizard.core.flow import form_sent
from wizard.core.manual import Manual
from wizard.core.model import Package
from wizard.core.session import Session
from wizard.core.token_keeping import TokenKeeping


def finish_warnings(session: Session, manual: Manual) -> list[str]:
    """Why closing now would lose work; empty when nothing would be lost."""
    state = session.state
    warnings = []
    if session.token_keeping() is TokenKeeping.MEMORY_ONLY:
        text = QCoreApplication.translate(
            "MainWizard",
            "A token exists only in memory: this computer's secure storage could not keep "
            "it, so it is lost when the window closes.",
        )
        # Only AFAS shows a token once: losing it means making a new one.
        if state.package is Package.AFAS:
            text += " " + QCoreApplication.translate(
                "MainWizard", "AFAS cannot show the data token again."
            )
        warnings.append(text)
    if not state.saved_files and not form_sent(state, manual):
        warnings.append(
            QCoreApplication.translate(
                "MainWizard",
                "The registration was not saved as a file in this session, nor marked as "
                "sent. Go Back to the summary to save it, or to the step that sends the form.",
            )
        )
    return warnings


def confirm_finish(parent: QWidget, session: Session, manual: Manual) -> bool:
    """Ask before closing when work would be lost; True when the wizard may close."""
    warnings = finish_warnings(session, manual)
    if not warnings:
        return True
    box = QMessageBox(parent)
    box.setObjectName("finishWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MainWizard", "Close the wizard?"))
    box.setText(QCoreApplication.translate("MainWizard", "Closing now loses work:"))
    box.setInformativeText("\n\n".join(f"\N{BULLET} {text}" for text in warnings))
    close = box.addButton(
        QCoreApplication.translate("MainWizard", "&Close anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    close.setObjectName("closeAnywayButton")
    stay = box.addButton(
        QCoreApplication.translate("MainWizard", "&Keep the wizard open"),
        QMessageBox.ButtonRole.RejectRole,
    )
    stay.setObjectName("keepOpenButton")
    # Enter and Escape keep the work: losing it takes a deliberate click.
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is close
