"""Every value a.s.r.'s web form asks for, each with a Copy button; copied tokens expire."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.core.card_pages import page_count, page_indexes
from wizard.core.manual import FieldPurpose, FormField, Manual
from wizard.core.message import filled
from wizard.core.model import WizardState
from wizard.core.registration_words import EMPLOYER_NUMBER, EMPLOYER_NUMBER_NAME, NOT_FILLED_IN
from wizard.ui.registration_pdf import FormSection, registration_sections
from wizard.ui.widgets.card_pager import CardPager
from wizard.ui.widgets.mnemonics import reserved_wizard_letters

# How long a copied token may stay on the clipboard.
DEFAULT_CLEAR_AFTER_MS = 30_000


class CopyFieldsPanel(QWidget):
    """The values for a.s.r.'s web form, labelled as the form labels them, ready to copy.

    In the form's order; fields only the live check needs are left out. On the per-debtor path
    each employer follows with the wizard's own labels (no form names them), unless
    `with_employers` is False; the employers come a page at a time (as their cards do: a
    row of widgets per value of 5,000 employers would hold the window). The real value is read
    from the state at the moment of copying, so an edit made after the last `refresh()` is
    still copied correctly. Secrets are shown masked and are wiped from the clipboard after
    `clear_after_ms`, unless the clerk copied something else in between.
    """

    def __init__(
        self,
        state: WizardState,
        manual: Manual,
        parent: QWidget | None = None,
        *,
        clear_after_ms: int = DEFAULT_CLEAR_AFTER_MS,
        with_employers: bool = True,
    ) -> None:
        super().__init__(parent)
        self.with_employers = with_employers
        self.state = state
        self.manual = manual
        self.clear_after_ms = clear_after_ms
        # The secret last put on the clipboard; kept only to recognise it when the timer fires.
        self._pending_secret = ""
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(self._clear_pending_secret)
        self.copy_buttons: list[QPushButton] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self._scroll, 1)
        self._employer_page = 0
        # Letters the page around the panel uses; the pager's Alt+letters avoid them.
        self._taken: set[str] = set()
        self.pager = CardPager()
        self.pager.page_requested.connect(self.show_employer_page)
        layout.addWidget(self.pager)
        # Outside the scroll area, so the clerk always sees what was copied.
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        # Hidden while empty: a screen reader would announce a blank label.
        self.status_label.hide()
        layout.addWidget(self.status_label)

        app = QCoreApplication.instance()
        if app is not None:
            # A token must not outlive the program on the clipboard either.
            app.aboutToQuit.connect(self.clear_secret_now)
        self.refresh()

    def show_employer_page(self, page: int) -> None:
        """Show the employers of `page` (from 0)."""
        self._employer_page = page
        self.refresh()

    def refresh(self, taken: set[str] | None = None) -> None:
        """Rebuild the rows from the state: call after the clerk changed path or values.

        `taken`: the Alt+letters of the page around the panel, kept for later refreshes.
        """
        if taken is not None:
            self._taken = set(taken)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        self.copy_buttons = []
        sections = registration_sections(self.state, self.manual)
        if not self.with_employers:
            sections = sections[:1]
        sections = self._on_this_page(sections)
        row_number = 0
        if not sections:
            empty = QLabel(self.tr("Choose a path first; then the values appear here."))
            empty.setObjectName("hintLabel")
            empty.setWordWrap(True)
            grid.addWidget(empty, row_number, 0, 1, 3)
            row_number += 1
        first_employer = True
        for section in sections:
            if section.employer_index is not None and first_employer:
                first_employer = False
                own_list = QLabel(
                    self.tr(
                        "What each employer needs, by the wizard's own list (not fields of "
                        "a.s.r.'s form). You give these when you register the employer."
                    )
                )
                own_list.setObjectName("hintLabel")
                own_list.setWordWrap(True)
                grid.addWidget(own_list, row_number, 0, 1, 3)
                row_number += 1
            if section.employer_index is not None:
                heading = QLabel(self._employer_title(section))
                heading.setTextFormat(Qt.TextFormat.PlainText)
                font = QFont(heading.font())
                font.setBold(True)
                heading.setFont(font)
                grid.addWidget(heading, row_number, 0, 1, 3)
                row_number += 1
            for form_row in section.rows:
                self._add_row(grid, row_number, section, form_row.form_field, form_row.shown)
                row_number += 1
        grid.setRowStretch(row_number, 1)
        # setWidget deletes the previous body with its rows.
        self._scroll.setWidget(body)

    def _on_this_page(self, sections: list[FormSection]) -> list[FormSection]:
        """The main form and the employers of the page in view; the pager says which."""
        employers = [section for section in sections if section.employer_index is not None]
        total = len(employers)
        self._employer_page = min(max(self._employer_page, 0), page_count(total) - 1)
        shown = page_indexes(self._employer_page, total)
        self.pager.show_page(self._employer_page, total, self.state.language)
        self.pager.retranslate(reserved_wizard_letters() | self._taken)
        self.pager.problem_button.hide()
        main = [section for section in sections if section.employer_index is None]
        return main + employers[shown.start : shown.stop]

    def _employer_title(self, section: FormSection) -> str:
        number = str((section.employer_index or 0) + 1)
        if section.employer_name:
            return filled(
                EMPLOYER_NUMBER_NAME.shown(QCoreApplication.translate),
                number=number,
                name=section.employer_name,
            )
        return filled(EMPLOYER_NUMBER.shown(QCoreApplication.translate), number=number)

    def _add_row(
        self,
        grid: QGridLayout,
        row_number: int,
        section: FormSection,
        form_field: FormField,
        shown: str,
    ) -> None:
        on_form = form_field.purpose is FieldPurpose.FORM
        # A form label is a fact and stays Dutch; other fields get the wizard's own words.
        name = (
            form_field.form_label if on_form else form_field.label.in_language(self.state.language)
        )
        label = QLabel(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if on_form:
            # The form is Dutch; the tooltip gives the meaning in the clerk's language.
            label.setToolTip(form_field.label.in_language(self.state.language))
        value = QLabel(shown or NOT_FILLED_IN.shown(QCoreApplication.translate))
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setWordWrap(True)
        if form_field.secret:
            # A screen reader would read the mask as a row of bullets.
            value.setAccessibleName(self.tr("Hidden token"))
        else:
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not shown:
            value.setObjectName("hintLabel")
        button = QPushButton(self.tr("Copy"))
        where = name
        prefix = "copy"
        if section.employer_index is not None:
            where = f"{name} ({self._employer_title(section)})"
            prefix = f"copy_employer{section.employer_index + 1}"
        button.setObjectName(f"{prefix}_{form_field.key}")
        button.setAccessibleName(filled(self.tr("Copy {field}"), field=where))
        button.setEnabled(bool(shown))
        button.clicked.connect(
            lambda _checked=False, index=section.employer_index, key=form_field.key: self._copy(
                index, key, where
            )
        )
        grid.addWidget(label, row_number, 0)
        grid.addWidget(value, row_number, 1)
        grid.addWidget(button, row_number, 2)
        self.copy_buttons.append(button)

    def _current(self, employer_index: int | None, key: str) -> tuple[FormField, str] | None:
        for section in registration_sections(self.state, self.manual):
            if section.employer_index != employer_index:
                continue
            for form_row in section.rows:
                if form_row.form_field.key == key:
                    return form_row.form_field, form_row.value
        return None

    def _copy(self, employer_index: int | None, key: str, where: str) -> None:
        found = self._current(employer_index, key)
        if found is None:
            # The employer was removed since the last refresh; show what is there now.
            self.refresh()
            return
        form_field, value = found
        if not value:
            return
        clipboard = QGuiApplication.clipboard()
        if form_field.secret:
            # Plain setText on purpose: a QMimeData made in Python (say, with KDE's password
            # hint) crashes the process at exit when it is still on the clipboard (PySide 6.11).
            clipboard.setText(value)
            self._pending_secret = value
            self._clear_timer.start(self.clear_after_ms)
            seconds = str(max(1, round(self.clear_after_ms / 1000)))
            self._show_status(
                filled(
                    self.tr("Token copied; the clipboard will be cleared in {seconds} seconds."),
                    seconds=seconds,
                )
            )
            return
        # The clerk replaced the token on the clipboard; no need to hold on to it any longer.
        self._clear_timer.stop()
        self._pending_secret = ""
        clipboard.setText(value)
        self._show_status(filled(self.tr("{field} copied."), field=where))

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _clear_pending_secret(self) -> None:
        secret, self._pending_secret = self._pending_secret, ""
        if not secret:
            return
        clipboard = QGuiApplication.clipboard()
        # Only our own token is wiped: the clerk may have copied something else since.
        if clipboard.text() == secret:
            clipboard.clear()
            self._show_status(self.tr("The token was cleared from the clipboard."))

    def clear_secret_now(self) -> None:
        """Wipe a copied token at once (on quit, or when the caller closes the panel)."""
        self._clear_timer.stop()
        self._clear_pending_secret()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The rows are rebuilt by the page's own retranslate (both owners refresh there);
            # a second rebuild here doubled the work of every language switch.
            self._show_status("")
        super().changeEvent(event)
