"""Composition root of the GUI: application, translations, progress store and the wizard."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wizard import APP_NAME, ORG_NAME, __version__
from wizard.core.manual import shipped_manual
from wizard.core.progress_store import LoadStatus, ProgressStore
from wizard.core.resource_files import resource_path
from wizard.services.secret_store import SecretStore
from wizard.translation import install_translators
from wizard.ui.live_check_services import LiveCheckServices
from wizard.ui.main_wizard import MainWizard
from wizard.ui.style import STYLE_SHEET


def create_application() -> QApplication:
    """The QApplication with the program's names, icon and style."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("salariskoppeling-wizard")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "wizard.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyleSheet(STYLE_SHEET)
    return app


def progress_folder() -> Path:
    """The per-user application-data folder (e.g. %APPDATA% on Windows)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def wsdl_cache_folder() -> Path:
    """The per-user cache folder for Nmbrs WSDLs."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) / "nmbrs-wsdl"


def build_wizard(
    language: str | None,
    store: ProgressStore | None,
    *,
    secrets: SecretStore | None = None,
    services: LiveCheckServices | None = None,
) -> MainWizard:
    """Create the wizard, offering saved progress when there is some."""
    outcome = store.load() if store is not None else None
    saved_language = (
        outcome.state.language
        if outcome and outcome.status is LoadStatus.LOADED and outcome.state
        else None
    )
    chosen = install_translators(language or saved_language)
    wizard = MainWizard(shipped_manual(), store, services=services, secrets=secrets)
    wizard.state.language = chosen
    wizard.set_language(chosen)
    if outcome is not None:
        wizard.offer(outcome)
    return wizard


def run_gui(language: str | None = None) -> int:
    """Start the wizard and return the exit code of the event loop."""
    app = create_application()
    wizard = build_wizard(
        language,
        ProgressStore(progress_folder()),
        secrets=SecretStore(),
        services=LiveCheckServices(wsdl_cache_dir=wsdl_cache_folder()),
    )
    wizard.show()
    return app.exec()
