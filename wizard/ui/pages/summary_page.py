"""Last page: everything entered (secrets masked) and what happens next."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from wizard.core.check_fixes import combined_check
from wizard.core.flow import path_steps
from wizard.core.form_values import form_target, get_form_value
from wizard.core.manual import FormField, Manual
from wizard.core.model import AccountType, Package, Step, WizardState
from wizard.core.secret_mask import mask_secret
from wizard.ui.pages.step_page import StepPage
from wizard.ui.registration_pdf import write_registration_pdf
from wizard.ui.widgets.copy_fields import CopyFieldsPanel
from wizard.ui.widgets.registration_export_panel import RegistrationExportPanel


def _rows(fields: tuple[FormField, ...], target: object, language: str) -> str:
    cells = []
    for form_field in fields:
        value = form_field.fixed or get_form_value(target, form_field.key)
        shown = mask_secret(value) if form_field.secret else value
        cells.append(
            f"<tr><td><b>{html.escape(form_field.label.in_language(language))}</b></td>"
            f"<td>{html.escape(shown)}</td></tr>"
        )
    return "<table cellspacing='4'>" + "".join(cells) + "</table>"


class SummaryPage(StepPage):
    """Page that shows the filled registration and the next steps."""

    def __init__(self, state: WizardState, manual: Manual, parent: QWidget | None = None) -> None:
        super().__init__(Step.SUMMARY, state, manual, parent)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        overview_layout.addWidget(self.browser)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        overview_layout.addWidget(self.next_label)
        self.tabs.addTab(overview, "")
        self.copy_panel = CopyFieldsPanel(state, manual)
        self.tabs.addTab(self.copy_panel, "")
        self.export_panel = RegistrationExportPanel(state, self.write_pdf)
        layout.addWidget(self.export_panel)
        self.setFinalPage(True)
        self.retranslate()

    def path_name(self) -> str:
        """The chosen path in words."""
        if self.state.package is Package.AFAS:
            return self.tr("AFAS, own data via Benefits-Plaza")
        if self.state.account_type is AccountType.PER_DEBTOR:
            return self.tr("Nmbrs, account per debtor")
        return self.tr("Nmbrs, umbrella account")

    def summary_html(self) -> str:
        """The registration as rich text, secrets masked."""
        language = self.state.language
        path_label = self.tr("Path")
        parts = [f"<p><b>{html.escape(path_label)}:</b> {html.escape(self.path_name())}</p>"]
        check_label = self.tr("Live check")
        parts.append(f"<p><b>{html.escape(check_label)}:</b> {html.escape(self.check_words())}</p>")
        for step in path_steps(self.state):
            content = self.manual.step(step)
            if content is None or not content.fields or step is Step.DEBTOR_EMPLOYERS:
                continue
            parts.append(f"<h3>{html.escape(content.title.in_language(language))}</h3>")
            parts.append(_rows(content.fields, form_target(step, self.state), language))
        if (
            self.state.package is Package.NMBRS
            and self.state.account_type is AccountType.PER_DEBTOR
        ):
            employers_label = self.tr("Employers")
            parts.append(f"<h3>{html.escape(employers_label)}</h3>")
            if not self.state.employers:
                none_yet = self.tr("No employers entered yet.")
                parts.append(f"<p>{html.escape(none_yet)}</p>")
            for employer in self.state.employers:
                parts.append(_rows(self.manual.fields["nmbrs_employer"], employer, language))
        return "".join(parts)

    def check_words(self) -> str:
        """Whether the live check ran and passed, in words."""
        last = combined_check(self.state)
        if last is None:
            return self.tr("not run (optional; it needs an internet connection)")
        if last[0].ok:
            return self.tr("passed on {time}").replace("{time}", f"{last[1]:%d-%m-%Y %H:%M}")
        return self.tr("found problems on {time}; see the live-check step").replace(
            "{time}", f"{last[1]:%d-%m-%Y %H:%M}"
        )

    def next_steps(self) -> str:
        """What the clerk does after the wizard, per path."""
        if self.state.package is Package.AFAS:
            return self.tr(
                "Next: supply these details at www.asr.nl/salarisverwerkers under "
                "aanleveren gegevens in eigen beheer. Keep the data token safe; AFAS will "
                "not show it again."
            )
        return self.tr(
            "Next: fill in a.s.r.'s form at www.asr.nl/salarisverwerkers with these details. "
            "a.s.r. confirms your registration by e-mail; after that you can register employers "
            "that have requested the salary link at www.asr.nl/salariskoppeling."
        )

    def write_pdf(self, path: Path) -> None:
        """The printable summary, with the last live checks."""
        last = combined_check(self.state)
        write_registration_pdf(
            path,
            self.state,
            self.manual,
            check=last[0] if last else None,
            check_time=last[1] if last else None,
        )

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Overview"))
        self.tabs.setTabText(1, self.tr("&Copy to a.s.r.'s form"))
        self.copy_panel.refresh()
        self.export_panel.retranslate()
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check your details. Tokens are hidden on this page."))
        self.browser.setHtml(self.summary_html())
        self.next_label.setText(self.next_steps())
