"""The a.s.r. registration form of a path, field by field, with the rules next to each field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from wizard.core.afas_environment import parse_afas_environment
from wizard.core.form_values import form_target, get_form_value, set_form_value
from wizard.core.manual import Manual
from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.ui.pages.checklist_page import manual_step_title
from wizard.ui.pages.step_page import StepPage
from wizard.ui.widgets.environment_banner import EnvironmentBanner
from wizard.ui.widgets.field_editor import FieldEditor, commit_cleaned
from wizard.ui.widgets.links import set_linked_text
from wizard.ui.widgets.mnemonics import reserved_wizard_letters
from wizard.ui.widgets.scrolling_body import scrolling_body


class RegistrationPage(StepPage):
    """Page for the registration form of the Nmbrs or AFAS path."""

    def __init__(
        self, step: Step, state: WizardState, manual: Manual, parent: QWidget | None = None
    ) -> None:
        super().__init__(step, state, manual, parent)
        content = manual.step(step)
        assert content is not None and content.fields, f"no form for {step.name}"
        self.content = content
        outer, layout = scrolling_body(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.environment_banner = EnvironmentBanner()
        layout.addWidget(self.environment_banner)
        self.editors: dict[str, FieldEditor] = {}
        for form_field in content.fields:
            editor = FieldEditor(
                form_field,
                get_form_value(self._target(), form_field.key),
                lambda: self.state.language,
            )
            editor.edited.connect(self._on_edited)
            self.editors[form_field.key] = editor
            layout.addWidget(editor)
        layout.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.retranslate()

    def _target(self) -> object:
        return form_target(self.step, self.state)

    def sync_from_state(self) -> None:
        """Show the values stored in the state (after a resume, an import or a restart)."""
        for key, editor in self.editors.items():
            if editor.form_field.fixed is None:
                editor.set_text(get_form_value(self._target(), key))

    def retranslate(self) -> None:
        content = self.content
        self.setTitle(manual_step_title(content, self.text(content.title)))
        self.setSubTitle(self.tr("Fill in each field. A message next to a field says what to fix."))
        set_linked_text(self.intro, self.text(content.intro))
        taken = reserved_wizard_letters()
        for editor in self.editors.values():
            editor.retranslate(taken)
        self._update_status()
        self._update_environment()

    def _on_edited(self, key: str, text: str) -> None:
        set_form_value(self._target(), key, text)
        if self.step is Step.AFAS_REGISTRATION and key == "customer_number":
            # "T12345AA" or a resttest address also says which environment type it is.
            parsed = parse_afas_environment(text)
            if parsed is not None and parsed.environment is not None:
                self.state.afas.environment = parsed.environment
            self._update_environment()
        self._update_status()
        self.notify_changed()

    def _update_environment(self) -> None:
        if self.step is Step.AFAS_REGISTRATION:
            self.environment_banner.refresh(self.state.afas)

    def _update_status(self) -> None:
        missing = [
            editor.form_field.label.in_language(self.state.language)
            for editor in self.editors.values()
            if editor.form_field.fixed is None and not editor.current_result().ok
        ]
        if missing:
            self.status.setText(
                filled(self.tr("Still to complete: {fields}"), fields=", ".join(missing))
            )
        else:
            self.status.setText(self.tr("All fields are complete."))

    def validatePage(self) -> bool:
        # Keeps the cleaned form of each value (e.g. "oamkb" from a pasted address).
        if not commit_cleaned(list(self.editors.values()), self._target()):
            return False
        if not super().validatePage():
            return False
        self.state_changed.emit()
        return True
