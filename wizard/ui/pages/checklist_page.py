"""A manual step as a checklist: where to click, and a checkbox per action."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.check_result import CallStatus
from wizard.core.mail_text import fill_mail_body
from wizard.core.manual import ChecklistItem, Manual, NmbrsCall, StepContent
from wizard.core.model import Step, WizardState
from wizard.ui.pages.step_page import StepPage
from wizard.ui.widgets.check_table import status_text
from wizard.ui.widgets.links import set_linked_text
from wizard.ui.widgets.scrolling_body import scrolling_body
from wizard.ui.widgets.where_path import WherePath
from wizard.ui.widgets.wrapping_checkbox import WrappingCheckBox


class _ItemRow(QFrame):
    """A checkbox for one action with the click path underneath."""

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("warningItem" if item.warning else "checklistItem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.checkbox = WrappingCheckBox()
        layout.addWidget(self.checkbox)
        if item.where:
            path = WherePath(item.where)
            path.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(path)


def manual_step_title(content: StepContent, language_text: str, tr_step: str) -> str:
    """'Stap 2: Webservicerechten controleren' from the translated word and the title."""
    return f"{tr_step.replace('{number}', str(content.manual_step))}: {language_text}"


class ChecklistPage(StepPage):
    """Page for a manual step whose content is a list of actions."""

    def __init__(
        self, step: Step, state: WizardState, manual: Manual, parent: QWidget | None = None
    ) -> None:
        super().__init__(step, state, manual, parent)
        content = manual.step(step)
        assert content is not None, f"no manual content for {step.name}"
        self.content = content
        _outer, layout = scrolling_body(self)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.mail_button: QPushButton | None = None
        self.mail_name_edit: QLineEdit | None = None
        if content.mail is not None:
            # The clerk's name signs the e-mail, so a.s.r. knows who asks; kept for this session.
            self.mail_name_label = QLabel()
            self.mail_name_edit = QLineEdit()
            self.mail_name_edit.setObjectName("mailName")
            self.mail_name_label.setBuddy(self.mail_name_edit)
            name_row = QHBoxLayout()
            name_row.addWidget(self.mail_name_label)
            name_row.addWidget(self.mail_name_edit, 1)
            layout.addLayout(name_row)
            self.mail_button = QPushButton()
            self.mail_button.clicked.connect(self._open_mail)
            layout.addWidget(self.mail_button)
            self.mail_note = QLabel()
            self.mail_note.setObjectName("hintLabel")
            self.mail_note.setWordWrap(True)
            layout.addWidget(self.mail_note)

        self.checkboxes: dict[str, QCheckBox | WrappingCheckBox] = {}
        self.skip_box: WrappingCheckBox | None = None
        if content.skip_item is not None:
            self.skip_box = WrappingCheckBox()
            self.skip_box.setObjectName("skipBox")
            self._bind(self.skip_box, content.qualified(content.skip_item.id))
            layout.addWidget(self.skip_box)

        self.rows: list[_ItemRow] = []
        for item in content.items:
            row = _ItemRow(item)
            self._bind(row.checkbox, content.qualified(item.id))
            self.rows.append(row)
            layout.addWidget(row)

        self.call_boxes: dict[str, QGroupBox] = {}
        self.call_checkboxes: list[tuple[QCheckBox, NmbrsCall]] = []
        for call in content.calls:
            group = self.call_boxes.get(call.group)
            if group is None:
                group = QGroupBox(call.group)
                group.setLayout(QGridLayout())
                self.call_boxes[call.group] = group
                layout.addWidget(group)
            checkbox = QCheckBox(call.screen_name)
            checkbox.setObjectName("callCheckbox")
            self._bind(checkbox, content.qualified(call.item_id))
            grid = group.layout()
            assert isinstance(grid, QGridLayout)
            # Two columns keep the longest list (14 calls) on one screen; groups with very
            # long names keep one column so nothing runs off the page.
            columns = (
                1
                if any(len(c.screen_name) > 40 for c in content.calls if c.group == call.group)
                else 2
            )
            position = grid.count()
            grid.addWidget(checkbox, position // columns, position % columns)
            self.call_checkboxes.append((checkbox, call))
        layout.addStretch(1)
        self.retranslate()

    def _bind(self, checkbox: QCheckBox | WrappingCheckBox, item_id: str) -> None:
        self.checkboxes[item_id] = checkbox
        checkbox.setChecked(item_id in self.state.ticked)
        checkbox.toggled.connect(lambda checked, key=item_id: self._on_ticked(key, checked))

    def sync_from_state(self) -> None:
        """Show the ticks stored in the state (after a resume or a restart)."""
        for item_id, checkbox in self.checkboxes.items():
            checkbox.blockSignals(True)
            checkbox.setChecked(item_id in self.state.ticked)
            checkbox.blockSignals(False)

    def retranslate(self) -> None:
        content = self.content
        self.setTitle(
            manual_step_title(content, self.text(content.title), self.tr("Step {number}"))
        )
        self.setSubTitle(
            self.tr("Tick each action once you have done it.")
            if content.gating
            else self.tr("This step happens later; the ticks are for your own overview.")
        )
        set_linked_text(self.intro, self.text(content.intro))
        if self.skip_box is not None and content.skip_item is not None:
            self.skip_box.setText(self.text(content.skip_item.text))
        for row in self.rows:
            prefix = "\N{WARNING SIGN} " if row.item.warning else ""
            if row.item.extra:
                prefix += self.tr("(Extra, not in a.s.r.'s manual)") + " "
            row.checkbox.setText(prefix + self.text(row.item.text))
        for checkbox, call in self.call_checkboxes:
            status = self._checked_status(call)
            if status is None:
                checkbox.setText(call.screen_name)
            elif status is CallStatus.ACTIVE:
                checkbox.setText(f"{call.screen_name}  \N{CHECK MARK}")
            else:
                word = status_text(status, self.state.package)
                checkbox.setText(f"{call.screen_name}  \N{BALLOT X} {word}")
            if status is not None:
                checkbox.setAccessibleName(
                    f"{call.screen_name}: {status_text(status, self.state.package)}"
                )
            checkbox.setProperty("checkStatus", status.value if status else "")
            checkbox.style().unpolish(checkbox)
            checkbox.style().polish(checkbox)
            checkbox.setToolTip(self.tr("Set to Active in Nmbrs, then tick it here."))
            checkbox.setAccessibleDescription(call.group)
        if self.mail_button is not None and self.mail_name_edit is not None:
            self.mail_button.setText(self.tr("&Open a prepared e-mail to a.s.r."))
            self.mail_name_label.setText(self.tr("Your na&me, to sign the e-mail:"))
            self.mail_name_edit.setAccessibleName(self.tr("Your name, to sign the e-mail"))
            note = self.content.mail.note if self.content.mail is not None else None
            self.mail_note.setText(self.text(note) if note is not None else "")
            self.mail_note.setVisible(note is not None)

    def _checked_status(self, call: NmbrsCall) -> CallStatus | None:
        """The worst status the last live checks gave this call, if it was checked."""
        found = [
            item.status
            for run in self.state.check_runs
            for item in run.report.checks
            if item.service == call.service and item.name == call.screen_name
        ]
        if not found:
            return None
        return next((status for status in found if status is not CallStatus.ACTIVE), found[0])

    def _on_ticked(self, item_id: str, checked: bool) -> None:
        if checked:
            self.state.ticked.add(item_id)
        else:
            self.state.ticked.discard(item_id)
        self.notify_changed()

    def mail_url(self) -> QUrl:
        """The mailto: address with the prepared subject and body in the current language."""
        mail = self.content.mail
        assert mail is not None
        subject = quote(self.text(mail.subject))
        afas = self.state.afas
        values = {
            "name": self.mail_name_edit.text() if self.mail_name_edit is not None else "",
            "company_name": afas.company_name,
            "framework_contract_number": afas.framework_contract_number,
            "loonheffingennummer": afas.loonheffingennummer,
        }
        body = quote(fill_mail_body(self.text(mail.body), values))
        return QUrl(f"mailto:{mail.to}?subject={subject}&body={body}")

    def _open_mail(self) -> None:
        QDesktopServices.openUrl(self.mail_url())
