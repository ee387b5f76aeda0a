"""Screenshots beyond the page tour: the employer import preview, the batch check table on the
employers step, and the re-check of a saved registration. Sample data only; no network."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from wizard.core.employer_table_import import parse_employer_table
from wizard.core.login_check_summary import LoginOutcome, LoginSummary
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, Package, Step
from wizard.core.registration_examples import example_file
from wizard.ui.main_wizard import MainWizard
from wizard.ui.recheck_dialog import RecheckDialog
from wizard.ui.screenshot_tour import sample_state
from wizard.ui.widgets.employer_import_preview import EmployerImportPreview

SAMPLE_CSV = (
    "naam debiteur;Nmbrs-domein;gebruikersnaam;loonheffingennummer\r\n"
    "Bakkerij De Korenschoof B.V.;korenschoof;api@korenschoof.example.nl;123456782L01\r\n"
    "Transport Vos B.V.;https://vos.nmbrs.nl;api@vos.example.nl;\r\n"
    ";;;\r\n"
    "Kapsalon Knip;knip;kapsalon-knip;123456789L01\r\n"
    "Voorbeeld Bakkerij B.V.;voorbeeld;bakkerij@example.nl;\r\n"
    "Transport Vos (dubbel);vos;api@vos.example.nl;\r\n"
).encode("cp1252")


def sample_summaries() -> list[LoginSummary]:
    """One row of each kind the batch table shows."""
    checked = datetime(2026, 11, 23, 10, 15).astimezone()
    earlier = datetime(2026, 10, 2, 9, 30).astimezone()
    return [
        LoginSummary(
            "bakkerij@example.nl",
            "Voorbeeld Bakkerij B.V.",
            LoginOutcome.ALL_GOOD,
            checked,
            last_passed=checked,
        ),
        LoginSummary(
            "fietsenmaker@example.nl",
            "Voorbeeld Fietsenmaker V.O.F.",
            LoginOutcome.MISSING_CALLS,
            checked,
            ("Children_Get", "Partner_Get"),
            fix=Step.DEBTOR_RIGHTS,
            last_passed=earlier,
        ),
        LoginSummary(
            "api@vos.example.nl",
            "Transport Vos B.V.",
            LoginOutcome.WRONG_DOMAIN,
            checked,
            suggested_domain="vos",
            fix=Step.DEBTOR_EMPLOYERS,
        ),
        LoginSummary(
            "api@korenschoof.example.nl",
            "Bakkerij De Korenschoof B.V.",
            LoginOutcome.NO_COMPANIES,
            checked,
            fix=Step.DEBTOR_MASTER_LOGIN,
        ),
        LoginSummary(
            "kapsalon@example.nl", "Kapsalon Knip", LoginOutcome.NO_TOKEN, fix=Step.DEBTOR_EMPLOYERS
        ),
    ]


def _grab(app: QApplication, widget: QWidget, target: Path) -> Path:
    app.processEvents()
    widget.grab().save(str(target))
    return target


def render_extras(out: Path, language: str, size: tuple[int, int] = (1000, 720)) -> Iterator[Path]:
    """The three extra screenshots in `language`."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    state = sample_state(Package.NMBRS, AccountType.PER_DEBTOR, language)
    wizard = MainWizard(shipped_manual(), None, state)
    wizard.set_language(language)
    wizard.resize(*size)
    wizard.show()
    wizard.ensure_pages()
    wizard.setStartId(int(Step.DEBTOR_EMPLOYERS))
    wizard.restart()
    page = wizard.currentPage()
    table = parse_employer_table(SAMPLE_CSV, state.employers)
    preview = EmployerImportPreview(table, "werkgevers.csv", wizard)
    preview.show()
    yield _grab(app, preview, out / f"{language}-extra-01-employer-import-preview.png")
    preview.close()
    page.batch_panel.show_summaries(sample_summaries())
    yield _grab(app, wizard, out / f"{language}-extra-02-employer-batch-check.png")
    wizard.setStartId(int(Step.START))
    wizard.restart()
    yield _grab(app, wizard, out / f"{language}-extra-03-recheck-start.png")
    dialog = RecheckDialog(wizard.check_config, wizard.pool, None, parent=wizard)
    dialog.load(example_file("nmbrs-per-debiteur"))
    dialog.panel.show_summaries(sample_summaries()[:2])
    dialog.show()
    yield _grab(app, dialog, out / f"{language}-extra-04-recheck-results.png")
    dialog.close()
    wizard.close()
    wizard.deleteLater()
    app.processEvents()
