"""One form field: label, input, where to find the value, help, and the rule's message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.field_rules import RuleResult, check_field
from wizard.core.form_values import get_form_value, set_form_value
from wizard.core.manual import FieldPurpose, FormField
from wizard.ui.widgets.mnemonics import with_mnemonic
from wizard.ui.widgets.where_path import WherePath


def rule_message(result: RuleResult) -> str:
    """The translated message of a failed rule, placeholders filled."""
    return result.problem.shown(QCoreApplication.translate) if result.problem else ""


def rule_warning(result: RuleResult) -> str:
    """The translated warning of a passing rule (one that does not block), placeholders filled."""
    if result.problem is not None or result.warning is None:
        return ""
    return result.warning.shown(QCoreApplication.translate)


class FieldEditor(QWidget):
    """Edits one field; reports raw text however it got there, so nothing entered is lost."""

    edited = Signal(str, str)  # key, raw text

    def __init__(
        self,
        form_field: FormField,
        value: str,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form_field = form_field
        self._language = language
        self._touched = False
        # True while our own code sets the text: the model already holds that value.
        self._setting_text = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        self.label = QLabel()
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{form_field.key}")
        self.label.setBuddy(self.edit)
        row.addWidget(self.edit)
        self.reveal: QToolButton | None = None
        if form_field.fixed is not None:
            self.edit.setText(form_field.fixed)
            self.edit.setReadOnly(True)
        else:
            self.edit.setText(value)
            # textChanged, not textEdited: voice control and UI Automation's ValuePattern
            # set the text without typing, and the model must follow them too.
            self.edit.textChanged.connect(self._on_edited)
            self.edit.editingFinished.connect(self.show_problem)
        if form_field.secret:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.reveal = QToolButton()
            self.reveal.setCheckable(True)
            self.reveal.toggled.connect(self._on_reveal)
            row.addWidget(self.reveal)
        layout.addLayout(row)
        if form_field.where:
            self.where = WherePath(form_field.where)
            layout.addWidget(self.where)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("hintLabel")
        layout.addWidget(self.help)
        # Said once, from the field's data: the clerk must not look for it on a.s.r.'s form.
        self.purpose_note: QLabel | None = None
        if form_field.purpose is FieldPurpose.LIVE_CHECK:
            self.purpose_note = QLabel()
            self.purpose_note.setWordWrap(True)
            self.purpose_note.setObjectName("noticeLabel")
            layout.addWidget(self.purpose_note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("errorLabel")
        self.error.hide()
        layout.addWidget(self.error)
        # A doubt that does not block Next (our own expectation, not a documented rule).
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("noticeLabel")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.retranslate()

    @property
    def key(self) -> str:
        """The model attribute this editor writes."""
        return self.form_field.key

    def retranslate(self, taken_mnemonics: set[str] | None = None) -> None:
        """Set the texts in the current language; mnemonics avoid letters in `taken_mnemonics`."""
        language = self._language()
        label = self.form_field.label.in_language(language)
        taken = taken_mnemonics if taken_mnemonics is not None else set()
        # A read-only field needs no Alt+letter; its letter is left for a field that does.
        fixed = self.form_field.fixed is not None
        self.label.setText(label.replace("&", "&&") if fixed else with_mnemonic(label, taken))
        self.edit.setAccessibleName(label)
        help_text = self.help_text()
        self.help.setText(self.form_field.help.in_language(language))
        self.help.setVisible(bool(self.form_field.help.in_language(language)))
        if self.purpose_note is not None:
            self.purpose_note.setText(self.tr("Needed for the live check; not on a.s.r.'s form."))
        self.edit.setAccessibleDescription(help_text)
        if self.reveal is not None:
            self.reveal.setText(self.tr("Show"))
            self.reveal.setToolTip(self.tr("Show or hide the token"))
        if self._touched:
            self.show_problem()

    def help_text(self) -> str:
        """The field's help with the note on its purpose, as a screen reader hears it."""
        parts = [self.form_field.help.in_language(self._language())]
        if self.purpose_note is not None:
            parts.append(self.tr("Needed for the live check; not on a.s.r.'s form."))
        return " ".join(part for part in parts if part)

    def current_result(self) -> RuleResult:
        """The rule's verdict on the current text."""
        return check_field(self.form_field.rule, self.edit.text())

    def show_problem(self) -> bool:
        """Show the rule's message next to the field; True when the value is fine."""
        if self.form_field.fixed is not None:
            return True
        return self.show_result(self.current_result())

    def show_result(self, result: RuleResult) -> bool:
        """Show `result`, the rule's verdict on the current text; True when the value is fine."""
        self._touched = True
        message = rule_message(result)
        self.error.setText(message)
        self.error.setVisible(bool(message))
        warning = rule_warning(result)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        # Screen readers read the description when the field gets focus: say what is wrong.
        help_text = self.help_text()
        said = (message, warning, help_text)
        self.edit.setAccessibleDescription(" ".join(part for part in said if part))
        # Polishing applies the style sheet again: only when the look changes, since checking
        # fifty employers at once must not hold the window.
        if bool(self.edit.property("invalid")) != bool(message):
            self.edit.setProperty("invalid", bool(message))
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)
        return not message

    def set_text(self, text: str) -> None:
        """Show `text` that the model already holds, without reporting it as an edit."""
        if self.edit.text() == text:
            return
        self._setting_text = True
        try:
            self.edit.setText(text)
        finally:
            self._setting_text = False

    def _on_edited(self, text: str) -> None:
        if self._setting_text:
            return
        if self._touched:
            self.show_problem()
        self.edited.emit(self.key, text)

    def _on_reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)


def commit_cleaned(editors: list[FieldEditor], target: object) -> bool:
    """Show every editor's problem; when all pass, store and show the cleaned values.

    Returns:
        True when every field passed its rule.
    """
    # Each field's rule runs once: its verdict is both shown and, when all pass, stored.
    checked = [(e, e.current_result()) for e in editors if e.form_field.fixed is None]
    if not all([editor.show_result(result) for editor, result in checked]):
        return False
    for editor, result in checked:
        set_form_value(target, editor.key, result.value)
        editor.set_text(get_form_value(target, editor.key))
    return True
