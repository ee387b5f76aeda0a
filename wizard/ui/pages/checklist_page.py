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
from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.core.proven_ticks import call_status, calls_proven_active
from wizard.core.step_reference import STEP_NUMBER
from wizard.translation import tr
from wizard.ui.pages.step_page import StepPage
from wizard.ui.step_names import with_step_names
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
            path = WherePath(item.where, item.where_choice)
            path.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(path)


def manual_step_title(content: StepContent, language_text: str) -> str:
    """'Stap 2: Webservicerechten controleren' from the step's number and its title."""
    return f"{filled(STEP_NUMBER.shown(tr), number=content.number)}: {language_text}"


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

        # The per-debtor login is made once per debtor, but its items are ticked once: the
        # count of logins kept in the employers step shows how far the repetition got.
        self.repeat_note: QLabel | None = None
        if step is Step.DEBTOR_MASTER_LOGIN:
            self.repeat_note = QLabel()
            self.repeat_note.setObjectName("repeatNote")
            self.repeat_note.setWordWrap(True)
            layout.addWidget(self.repeat_note)

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

        # Says why calls are ticked that the clerk did not tick: a note per call would not fit.
        self.calls_note = QLabel()
        self.calls_note.setObjectName("hintLabel")
        self.calls_note.setWordWrap(True)
        self.calls_note.hide()
        layout.addWidget(self.calls_note)
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
        # The live checks whose proof this page has taken, by login and time.
        self._proofs_taken: set[tuple[str, object]] = set()
        self.retranslate()

    def _bind(self, checkbox: QCheckBox | WrappingCheckBox, item_id: str) -> None:
        self.checkboxes[item_id] = checkbox
        checkbox.setChecked(item_id in self.state.ticked)
        checkbox.toggled.connect(lambda checked, key=item_id: self._on_ticked(key, checked))

    def sync_from_state(self) -> None:
        """Show the ticks stored in the state (after a resume, an import or a restart)."""
        self._proofs_taken.clear()
        self._show_ticks()
        self.retranslate()

    def _show_ticks(self) -> None:
        for item_id, checkbox in self.checkboxes.items():
            checkbox.blockSignals(True)
            checkbox.setChecked(item_id in self.state.ticked)
            checkbox.blockSignals(False)

    def take_check_proofs(self) -> None:
        """Tick the calls a new live check proved active; the clerk can still untick them."""
        runs = {(run.subject, run.finished_at) for run in self.state.check_runs}
        if runs <= self._proofs_taken:
            return
        self._proofs_taken |= runs
        proven = calls_proven_active(self.content, self.state) - self.state.ticked
        if not proven:
            return
        self.state.ticked |= proven
        self.state.ticked_by_check |= proven
        self._show_ticks()
        # Ticks change whether Next is allowed only here. From a page not on screen,
        # completeChanged would only make Qt judge the current page again: on the employers
        # step that re-checks every employer (50: tens of ms) at the end of a batch, for nothing.
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is self:
            self.completeChanged.emit()
        self.state_changed.emit()

    def _ticked_note(self, item_id: str) -> str:
        """Why an item is ticked, when the clerk did not tick it by hand."""
        if item_id not in self.state.ticked:
            return ""
        if item_id in self.state.ticked_by_check:
            return self._ticked_note_by_check()
        if item_id in self.state.ticked_by_import:
            return self._ticked_note_by_import()
        return ""

    def repeat_text(self) -> str:
        """How many master company logins the employers step holds so far."""
        logins = [e for e in self.state.employers if e.username.strip()]
        names = ", ".join(e.debtor_name.strip() or e.username.strip() for e in logins)
        text = self.tr(
            "Repeat this step for every debtor. Master company logins kept in {step} so far (%n): "
            "{names}",
            "",
            len(logins),
        )
        step = with_step_names("{step:debtor_employers}", self.state)
        return filled(text, step=step, names=names or "\N{EM DASH}")

    def retranslate(self) -> None:
        self.take_check_proofs()
        content = self.content
        self.setTitle(manual_step_title(content, self.text(content.title)))
        self.setSubTitle(
            self.tr("Tick each action once you have done it.")
            if content.gating
            else self.tr("This step happens later; the ticks are for your own overview.")
        )
        set_linked_text(self.intro, self.text(content.intro))
        if self.repeat_note is not None:
            self.repeat_note.setText(self.repeat_text())
        if self.skip_box is not None and content.skip_item is not None:
            self.skip_box.setText(self.text(content.skip_item.text))
        for row in self.rows:
            prefix = "\N{WARNING SIGN} " if row.item.warning else ""
            if row.item.extra:
                prefix += self.tr("(Extra, not in a.s.r.'s manual)") + " "
            note = self._ticked_note(content.qualified(row.item.id))
            row.checkbox.setText(prefix + self.text(row.item.text) + note)
        notes = set()
        for checkbox, call in self.call_checkboxes:
            status = call_status(call, self.state)
            note = self._ticked_note(content.qualified(call.item_id))
            if note:
                notes.add(note)
            if status is None:
                checkbox.setText(call.screen_name)
            elif status is CallStatus.ACTIVE:
                checkbox.setText(f"{call.screen_name}  \N{CHECK MARK}")
            else:
                word = status_text(status, self.state.package)
                checkbox.setText(f"{call.screen_name}  \N{BALLOT X} {word}")
            checkbox.setAccessibleName(
                f"{call.screen_name}: {status_text(status, self.state.package)}{note}"
                if status is not None
                else call.screen_name + note
            )
            checkbox.setProperty("checkStatus", status.value if status else "")
            checkbox.style().unpolish(checkbox)
            checkbox.style().polish(checkbox)
            checkbox.setToolTip(
                note.strip(" ()") or self.tr("Set to Active in Nmbrs, then tick it here.")
            )
            checkbox.setAccessibleDescription(call.group)
        self._show_calls_note(notes)
        if self.mail_button is not None and self.mail_name_edit is not None:
            self.mail_button.setText(self.tr("&Open a prepared e-mail to a.s.r."))
            self.mail_name_label.setText(self.tr("Your na&me, to sign the e-mail:"))
            self.mail_name_edit.setAccessibleName(self.tr("Your name, to sign the e-mail"))
            note = self.content.mail.note if self.content.mail is not None else None
            self.mail_note.setText(self.text(note) if note is not None else "")
            self.mail_note.setVisible(note is not None)

    def _show_calls_note(self, notes: set[str]) -> None:
        lines = []
        if self._ticked_note_by_check() in notes:
            lines.append(
                "\N{CHECK MARK} "
                + self.tr(
                    "The live check found these calls active and ticked them off for you. "
                    "You can still untick any of them."
                )
            )
        if self._ticked_note_by_import() in notes:
            lines.append(
                self.tr(
                    "When importing the registration, the calls were ticked off. "
                    "You can still untick any of them."
                )
            )
        self.calls_note.setText("\n".join(lines))
        self.calls_note.setVisible(bool(lines))

    def _ticked_note_by_check(self) -> str:
        return " " + self.tr("(ticked off by the live check)")

    def _ticked_note_by_import(self) -> str:
        return " " + self.tr("(ticked off when importing)")

    def _on_ticked(self, item_id: str, checked: bool) -> None:
        if checked:
            self.state.ticked.add(item_id)
        else:
            self.state.ticked.discard(item_id)
            # Ticked again by hand, it is the clerk's own tick.
            self.state.ticked_by_check.discard(item_id)
            self.state.ticked_by_import.discard(item_id)
        self.retranslate()
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
