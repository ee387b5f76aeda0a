"""The step where the clerk fills in and sends a.s.r.'s web form, with every value to copy."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.core.manual import Manual
from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.ui.pages.checklist_page import manual_step_title
from wizard.ui.pages.step_page import StepPage
from wizard.ui.widgets.copy_fields import CopyFieldsPanel
from wizard.ui.widgets.links import set_linked_text
from wizard.ui.widgets.wrapping_checkbox import WrappingCheckBox


class SendFormPage(StepPage):
    """A link to the form, the values in the form's order, and a tick once it is sent.

    The texts, the link and the tick come from the step's manual data; the values are the
    main form's (employers are registered later, each as a.s.r.'s employer manual says).
    """

    def __init__(
        self, step: Step, state: WizardState, manual: Manual, parent: QWidget | None = None
    ) -> None:
        super().__init__(step, state, manual, parent)
        content = manual.step(step)
        assert content is not None and content.link, f"no form link for {step.name}"
        self.content = content
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        # A button as well as the link in the text: a button is reached with Tab.
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_form)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.copy_panel = CopyFieldsPanel(state, manual, with_employers=False)
        layout.addWidget(self.copy_panel, 1)
        self.checkboxes: dict[str, WrappingCheckBox] = {}
        self.sent_box = self._box(content.items[0].id)
        assert content.skip_item is not None, f"no 'send later' choice for {step.name}"
        self.later_box = self._box(content.skip_item.id)
        for box in (self.sent_box, self.later_box):
            layout.addWidget(box)
        self.retranslate()

    def _box(self, item_id: str) -> WrappingCheckBox:
        key = self.content.qualified(item_id)
        box = WrappingCheckBox()
        box.setObjectName(f"{item_id}Box")
        box.setChecked(key in self.state.ticked)
        box.toggled.connect(lambda checked, k=key: self._on_ticked(k, checked))
        self.checkboxes[key] = box
        return box

    def form_url(self) -> QUrl:
        """The page of a.s.r.'s form, from the manual data."""
        return QUrl(self.content.link or "")

    def open_form(self) -> None:
        """Open a.s.r.'s form page in the browser."""
        QDesktopServices.openUrl(self.form_url())

    def sync_from_state(self) -> None:
        """Show the ticks stored in the state (after a resume, an import or a restart)."""
        for key, box in self.checkboxes.items():
            box.blockSignals(True)
            box.setChecked(key in self.state.ticked)
            box.blockSignals(False)
        self.copy_panel.refresh()

    def _on_ticked(self, key: str, checked: bool) -> None:
        if checked:
            self.state.ticked.add(key)
            # Sent and "send later" exclude each other.
            for other_key, box in self.checkboxes.items():
                if other_key != key and box.isChecked():
                    box.setChecked(False)
        else:
            self.state.ticked.discard(key)
        self.notify_changed()

    def retranslate(self) -> None:
        content = self.content
        self.setTitle(manual_step_title(content, self.text(content.title)))
        self.setSubTitle(self.tr("Fill in a.s.r.'s form with these values and send it."))
        set_linked_text(self.intro, self.text(content.intro))
        address = self.form_url().host() + self.form_url().path()
        self.open_button.setText(filled(self.tr("&Open {address}"), address=address))
        self.sent_box.setText(self.text(content.items[0].text))
        if content.skip_item is not None:
            self.later_box.setText(self.text(content.skip_item.text))
        # The values may have changed on an earlier page.
        self.copy_panel.refresh()
