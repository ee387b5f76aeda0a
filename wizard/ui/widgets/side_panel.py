"""The wizard's side panel: the step list, save and keyring notices, the notice bar, actions."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wizard.core.manual import Manual
from wizard.core.model import WizardState
from wizard.ui.widgets.notice_bar import NoticeBar
from wizard.ui.widgets.side_actions import SideActions
from wizard.ui.widgets.step_panel import StepPanel


def _notice_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.hide()
    return label


class SidePanel(QWidget):
    """What stands beside every page (QWizard's side widget)."""

    def __init__(self, state: WizardState, manual: Manual, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.step_panel = StepPanel(state, manual)
        layout.addWidget(self.step_panel, 1)
        self.save_notice = _notice_label("errorLabel")
        self.keyring_notice = _notice_label("noticeLabel")
        self.notice_bar = NoticeBar()
        self.actions_panel = SideActions()
        for widget in (self.save_notice, self.keyring_notice, self.notice_bar, self.actions_panel):
            # Narrow enough to leave the page its room on a small screen.
            widget.setMaximumWidth(260)
            layout.addWidget(widget)
