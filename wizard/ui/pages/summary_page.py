"""Last page: everything entered (secrets masked) and what happens next."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard.core.check_fixes import combined_check
from wizard.core.check_result import Verdict
from wizard.core.flow import path_steps
from wizard.core.form_values import form_target, get_form_value
from wizard.core.manual import FieldPurpose, FormField, Manual
from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.core.paths import LoginPlace, chosen_path, login_place
from wizard.core.registration_words import EMPLOYERS, NO_EMPLOYERS_YET
from wizard.core.secret_mask import mask_secret
from wizard.core.step_reference import LIVE_CHECK, SUMMARY
from wizard.translation import tr
from wizard.ui.pages.step_page import StepPage
from wizard.ui.path_labels import path_label
from wizard.ui.registration_pdf import write_registration_pdf
from wizard.ui.step_names import shown_message
from wizard.ui.widgets.copy_fields import CopyFieldsPanel
from wizard.ui.widgets.mnemonics import mnemonic_letter
from wizard.ui.widgets.registration_export_panel import RegistrationExportPanel


def _rows(fields: tuple[FormField, ...], target: object, language: str, check_note: str) -> str:
    cells = []
    for form_field in fields:
        value = form_field.fixed or get_form_value(target, form_field.key)
        shown = html.escape(mask_secret(value) if form_field.secret else value)
        if form_field.purpose is FieldPurpose.LIVE_CHECK:
            shown += f" <i>({html.escape(check_note)})</i>"
        cells.append(
            f"<tr><td><b>{html.escape(form_field.label.in_language(language))}</b></td>"
            f"<td>{shown}</td></tr>"
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
        self.retranslate()

    def path_name(self) -> str:
        """The chosen path in words."""
        spec = chosen_path(self.state)
        return path_label(spec) if spec is not None else ""

    def summary_html(self) -> str:
        """The registration as rich text, secrets masked."""
        language = self.state.language
        path_label = self.tr("Path")
        parts = [f"<p><b>{html.escape(path_label)}:</b> {html.escape(self.path_name())}</p>"]
        check_label = LIVE_CHECK.shown(tr)
        parts.append(f"<p><b>{html.escape(check_label)}:</b> {html.escape(self.check_words())}</p>")
        for step in path_steps(self.state):
            content = self.manual.step(step)
            if content is None or not content.fields or step is Step.DEBTOR_EMPLOYERS:
                continue
            parts.append(f"<h3>{html.escape(content.title.in_language(language))}</h3>")
            target = form_target(step, self.state)
            parts.append(_rows(content.fields, target, language, self.check_note()))
        if login_place(self.state) is LoginPlace.EMPLOYERS:
            employers_label = EMPLOYERS.shown(tr)
            parts.append(f"<h3>{html.escape(employers_label)}</h3>")
            if not self.state.employers:
                none_yet = NO_EMPLOYERS_YET.shown(tr)
                parts.append(f"<p>{html.escape(none_yet)}</p>")
            else:
                own_list = self.tr(
                    "What each employer needs, by the wizard's own list (not fields of "
                    "a.s.r.'s form):"
                )
                parts.append(f"<p>{html.escape(own_list)}</p>")
            for employer in self.state.employers:
                fields = self.manual.fields["nmbrs_employer"]
                parts.append(_rows(fields, employer, language, self.check_note()))
        return "".join(parts)

    def check_note(self) -> str:
        """Said next to a value a.s.r.'s form does not ask for."""
        return self.tr("needed for the live check; not on the form")

    def check_words(self) -> str:
        """Whether the live check ran and passed, in words."""
        last = combined_check(self.state)
        if last is None:
            # Results are not kept in the progress file: a check before a resume is unknown.
            return self.tr("not run in this session (optional; it needs an internet connection)")
        report, moment = last
        time = f"{moment:%d-%m-%Y %H:%M}"
        if report.verdict is Verdict.PASSED:
            return filled(self.tr("passed on {time}"), time=time)
        if report.verdict is Verdict.NOT_RUN:
            return filled(
                self.tr("not run on {time}: {reason}"),
                time=time,
                reason=shown_message(report.error, self.state),
            )
        if report.verdict is Verdict.NOT_CHECKED:
            return filled(
                self.tr(
                    "ran on {time}, but not everything could be checked; see the live-check step"
                ),
                time=time,
            )
        return filled(self.tr("found problems on {time}; see the live-check step"), time=time)

    def next_steps(self) -> str:
        """A pointer to the closing page, which says what happens next."""
        return self.tr(
            "Save the registration file and the PDF below if you want to keep them. The next "
            "page says what happens next."
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
        self.export_panel.retranslate()
        # The copy panel's pager (with many employers) picks Alt+letters the page leaves free.
        texts = [self.tabs.tabText(0), self.tabs.tabText(1)]
        texts += [button.text() for button in self.export_panel.findChildren(QAbstractButton)]
        self.copy_panel.refresh({letter for letter in map(mnemonic_letter, texts) if letter})
        self.setTitle(SUMMARY.shown(tr))
        self.setSubTitle(self.tr("Check your details. Tokens are hidden on this page."))
        self.browser.setHtml(self.summary_html())
        self.next_label.setText(self.next_steps())
