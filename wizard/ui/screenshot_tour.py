"""Render every page of every path to PNG, offscreen, for review and for the README."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from wizard.core.check_result import CallStatus, CheckItem, CheckReport, CheckRun
from wizard.core.flow import path_steps
from wizard.core.languages import LANGUAGES
from wizard.core.manual import shipped_manual
from wizard.core.message import Message
from wizard.core.model import (
    AccountType,
    AfasRegistration,
    Employer,
    NmbrsRegistration,
    Package,
    Step,
    WizardState,
)
from wizard.core.paths import PATHS, check_subjects
from wizard.services.afas.check import CONNECTOR_LIST_ITEM, MSG_ASSIGNED, MSG_NOT_COMPARED
from wizard.services.nmbrs.texts import MSG_INACTIVE
from wizard.translation import install_translators
from wizard.ui.main_wizard import MainWizard
from wizard.ui.style import apply_style

TOUR_PATHS: dict[str, tuple[Package, AccountType | None]] = {
    spec.screenshot_name: (spec.package, spec.account_type) for spec in PATHS
}


def sample_state(package: Package, account_type: AccountType | None, language: str) -> WizardState:
    """A state with obviously fake values, so filled pages can be looked at."""
    return WizardState(
        package=package,
        account_type=account_type,
        language=language,
        nmbrs=NmbrsRegistration(
            company_name="Voorbeeld Salarisbureau B.V.",
            contact_person="Jan Voorbeeld",
            email="voorbeeld@example.nl",
            phone="020 123 4567",
            username="koppeling@example.nl",
            token="voorbeeld-token-niet-echt",
            domain="voorbeeld",
        ),
        employers=[
            Employer(
                "Voorbeeld Bakkerij B.V.", "bakkerij@example.nl", "voorbeeld-token", "voorbeeld"
            )
        ]
        # Only the per-debtor path has employers to show.
        if account_type is AccountType.PER_DEBTOR
        else [],
        afas=AfasRegistration(
            company_name="Voorbeeld Zorg B.V.",
            email="voorbeeld@example.nl",
            framework_contract_number="RC-000123",
            loonheffingennummer="123456782L01",
            employer_codes=["01", "02"],
            customer_number="12345",
            token_version="1",
            data_token="0123456789ABCDEF" * 4,
        ),
    )


def sample_runs(state: WizardState) -> list[CheckRun]:
    """Check results with a few failures, so the check pages show their table and buttons."""
    finished = datetime(2026, 11, 23, 10, 15).astimezone()
    # Sample results look like each check's own: connectors for AFAS, calls for Nmbrs.
    if state.package is Package.AFAS:
        # As a clerk sees it while a.s.r.'s list is unconfirmed and no ZIP was chosen.
        assigned = Message("AfasCheck", MSG_ASSIGNED)
        not_compared = Message("AfasCheck", MSG_NOT_COMPARED)
        items = [
            CheckItem("afas", name, CallStatus.ACTIVE, assigned)
            for name in ("BP_Medewerkers", "BP_Werkgevers", "Profit_Employers")
        ]
        items.append(CheckItem("afas", CONNECTOR_LIST_ITEM, CallStatus.NOT_CHECKED, not_compared))
        report = CheckReport(
            Package.AFAS,
            False,
            items,
            environment="O12345AA",
            # Relative to today, so the page always shows the near-expiry warning.
            token_expiry=date.today() + timedelta(days=45),
            error=not_compared,
        )
        return [CheckRun(subject, report, finished) for subject in check_subjects(state)]
    assert state.account_type is not None
    failing = {"Children_Get", "Report_BackgroundTask_Result"}
    inactive = Message("NmbrsCheck", MSG_INACTIVE)
    items = [
        CheckItem(call.service, call.screen_name, CallStatus.INACTIVE, inactive)
        if call.screen_name in failing
        else CheckItem(call.service, call.screen_name, CallStatus.ACTIVE)
        for call in shipped_manual().calls[state.account_type]
    ]
    report = CheckReport(
        Package.NMBRS, False, items, ["Voorbeeld Bakkerij B.V.", "Voorbeeld Transport B.V."]
    )
    return [CheckRun(subject, report, finished) for subject in check_subjects(state)]


def use_high_contrast(app: QApplication) -> None:
    """Imitate a Windows high-contrast theme: white text on black, our colours switched off."""
    palette = QPalette()
    black, white, yellow, cyan = QColor("black"), QColor("white"), QColor("yellow"), QColor("cyan")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, cyan)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, yellow)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#202020"))
    # Windows' High Contrast Black draws disabled and placeholder text in its GrayText colour,
    # so a disabled button looks disabled and an empty field's hint can be read.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#3ff23f"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#3ff23f"))
    # Frames and check-box borders are drawn with these roles.
    for role in (
        QPalette.ColorRole.Light,
        QPalette.ColorRole.Midlight,
        QPalette.ColorRole.Mid,
        QPalette.ColorRole.Dark,
        QPalette.ColorRole.Shadow,
    ):
        palette.setColor(role, white)
    app.setPalette(palette)
    apply_style(app, high_contrast=True)


def tour_pages(
    folder: Path, languages: tuple[str, ...] = LANGUAGES, size: tuple[int, int] = (1000, 720)
) -> Iterator[tuple[MainWizard, str, str]]:
    """Show each page of each path in each language; yield the wizard, a file stem, the language.

    `folder` is where the closing page says the sample files were saved.

    The stem is "nl-afas-03-afas_registration"; the summary's copy tab comes as "…-copy".
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    manual = shipped_manual()
    for language in languages:
        for path_name, (package, account_type) in TOUR_PATHS.items():
            # The sample results are made in the page's language, as a real check's would be.
            install_translators(language)
            state = sample_state(package, account_type, language)
            state.check_runs = sample_runs(state)
            # So the closing page shows its list of files; the folder is an example.
            stem = str(folder / f"aanmelding-{path_name}")
            state.saved_files = [f"{stem}.json", f"{stem}.pdf"]
            wizard = MainWizard(manual, None, state)
            wizard.set_language(language)
            wizard.resize(*size)
            wizard.show()
            wizard.ensure_pages()
            for index, step in enumerate(path_steps(wizard.state)):
                wizard.setStartId(int(step))
                wizard.restart()
                app.processEvents()
                page = f"{language}-{path_name}-{index:02d}-{step.name.lower()}"
                yield wizard, page, language
                if step is Step.SUMMARY:
                    summary = wizard.pages[Step.SUMMARY]
                    summary.tabs.setCurrentIndex(1)
                    app.processEvents()
                    yield wizard, page + "-copy", language
            wizard.close()
            wizard.deleteLater()
            app.processEvents()


def render_tour(
    out: Path, languages: tuple[str, ...] = LANGUAGES, size: tuple[int, int] = (1000, 720)
) -> Iterator[Path]:
    """Render each page of each path in each language; yield the files written."""
    out.mkdir(parents=True, exist_ok=True)
    for wizard, stem, _language in tour_pages(out, languages, size):
        target = out / f"{stem}.png"
        wizard.grab().save(str(target))
        yield target
    # The import preview, the batch table and the re-check (issue 13).
    # Lazy: an import cycle, screenshot_extras builds on this module.
    from wizard.ui.screenshot_extras import render_extras

    for language in languages:
        yield from render_extras(out, language, size)
